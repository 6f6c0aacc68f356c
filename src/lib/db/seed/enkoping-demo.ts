/**
 * Demo data derived from Enköping's public documents: the collaboration agreements
 * 2019–2022 (KS2019/42) and 2022–2023 (KS2022/634, §139), the collaboration model, and
 * the citizen promise 2021–2023 with its activity plan as adopted. Names of signatories
 * are those printed in the public documents; demo users are fictional.
 */

export const DEMO_PASSWORD = "Demo-2026!";

export const municipalities = [
  { key: "enkoping", slug: "enkoping", name: "Enköpings kommun", code: "0381" },
  { key: "habo", slug: "habo", name: "Håbo kommun", code: "0305" },
] as const;

export const policeArea = { slug: "enkoping-habo", name: "Lokalpolisområde Enköping/Håbo" } as const;

export const departments = [
  { key: "kommunledning", name: "Kommunledningsförvaltningen" },
  { key: "social", name: "Socialförvaltningen" },
  { key: "utbildning", name: "Utbildningsförvaltningen" },
  { key: "upplevelse", name: "Upplevelseförvaltningen" },
] as const;

export const externalOrganisations = [{ key: "ehb", name: "Enköpings Hyresbostäder", shortName: "EHB" }] as const;

export type OrgKey = (typeof departments)[number]["key"] | (typeof externalOrganisations)[number]["key"] | "polis";

export const users = [
  { email: "admin@samverkan.demo", name: "Alex Administratör", title: "Portaladministratör", role: "ADMIN", org: "kommunledning" },
  { email: "kommun@enkoping.demo", name: "Karin Lind", title: "Brotts- och drogsamordnare", role: "MUNICIPAL_OFFICIAL", org: "social" },
  { email: "polis@enkoping.demo", name: "Jonas Berg", title: "Kommunpolis", role: "POLICE_STAFF", org: "polis" },
  { email: "forum@enkoping.demo", name: "Sara Holm", title: "Enhetschef fritidsgårdarna", role: "FORUM_MEMBER", org: "upplevelse" },
] as const;

export const basisDocuments = [
  { key: "kompass", title: "Sociala kompassen – socioekonomisk och demografisk analys av Enköpings kommun på NYKO-nivå", publisher: "Enköpings kommun", year: 2018 },
  { key: "brott2018", title: "Rapport anmäld brottslighet – en polisiär analysrapport om brottsutvecklingen fördelat på NYKO-nivå", publisher: "Polismyndigheten", year: 2018 },
  { key: "framtidstro", title: "Rapport – Ökad framtidstro på Västerleden", publisher: "Enköpings kommun", year: 2018 },
  { key: "livhalsa2017", title: "Liv och hälsa ung", publisher: "Region Uppsala", year: 2017 },
  { key: "livhalsa2019", title: "Liv och hälsa ung", publisher: "Region Uppsala", year: 2019 },
  { key: "brott2020", title: "Rapport anmäld brottslighet Enköpings kommun 2018–2020", publisher: "Polismyndigheten", year: 2020 },
  { key: "dialog2018", title: "Medborgardialoger Västerleden maj–oktober 2018", publisher: "Enköpings kommun", year: 2018 },
  { key: "ehb2020", title: "EHB boendeenkät", publisher: "Enköpings Hyresbostäder", year: 2020 },
  { key: "langsiktig", title: "Kommunfullmäktiges långsiktiga plan 2020–2023 (KS2019/47)", publisher: "Enköpings kommun", year: 2019 },
] as const;

type BasisKey = (typeof basisDocuments)[number]["key"];

export interface DemoGoal {
  title: string;
  description?: string;
  children?: DemoGoal[];
}

export interface DemoAgreement {
  key: string;
  title: string;
  periodStart: string;
  periodEnd: string;
  caseNumber: string;
  decisionBody?: string;
  decisionParagraph?: string;
  aim: string;
  background: string;
  economy: string;
  followUp: string;
  collaborationModel: string;
  status: "REPLACED" | "EXPIRED" | "ACTIVE";
  replaces?: string;
  priorities: string[];
  signatories: { party: "MUNICIPALITY" | "POLICE"; name: string; title: string }[];
  basis: BasisKey[];
  goals: DemoGoal[];
}

const COLLABORATION_MODEL =
  "Samverkan sker på tre nivåer. Strategiskt följer styrgruppen upp och inriktar arbetet varje tertial och " +
  "rapporterar till kommundirektörens utökade ledningsgrupp och kommunstyrelsen. Taktiskt omsätter det " +
  "brottsförebyggande rådet Tryggare Enköping inriktningen i aktiviteter, tar fram en veckovis lägesbild och kan " +
  "tillsätta tillfälliga arbetsgrupper med åtgärdsplan. Operativt samordnas insatser kring återkommande händelser, " +
  "som skolavslutningar, och i Trygghetstriangeln när behov uppstår hastigt. Arbetet följer Brås fem steg: " +
  "initiera, egna förberedelser, gemensamma förberedelser, genomförande och uppföljning.";

export const agreements: DemoAgreement[] = [
  {
    key: "2019",
    title: "Samverkansavtal 2019–2022",
    periodStart: "2019-01-15",
    periodEnd: "2022-08-31",
    caseNumber: "KS2019/42",
    aim: "I Enköpings kommun ska alla invånare känna trygghet, säkerhet och tillhörighet till samhället.",
    background:
      "Avtalet bygger på en sammanvägd lägesbild av kommunala och polisiära underlag: Sociala kompassen och polisens " +
      "rapport om anmäld brottslighet, båda på NYKO-nivå. Del 1 omfattar lägesbilden och de åtaganden den medför; " +
      "del 2 de brotts- och trygghetsproblem som parterna gemensamt prioriterar.",
    economy: "Kommunen och polisen svarar för sina egna kostnader om inget annat överenskoms.",
    followUp: "Styrgruppen följer upp arbetet varje tertial. Tryggare Enköping verkställer.",
    collaborationModel: COLLABORATION_MODEL,
    status: "REPLACED",
    priorities: [
      "Ett fokus på tidiga insatser för att förebygga brott och främja trygghet",
      "En särskild prioritering av insatser riktade till barn och ungdom, om inget annat anges",
      "Ett fokus på jämlikhet och jämställdhetsaspekter",
    ],
    signatories: [
      { party: "MUNICIPALITY", name: "Ingvar Smedlund", title: "Kommunstyrelsens ordförande" },
      { party: "MUNICIPALITY", name: "Peter Lund", title: "Kommundirektör" },
      { party: "POLICE", name: "Lars Jansson", title: "Lokalområdeschef Polisen" },
    ],
    basis: ["kompass", "brott2018", "framtidstro", "livhalsa2017"],
    goals: [
      {
        title: "Basera gemensamma framtida insatser och prioriteringar utifrån kontinuerligt uppdaterad faktabaserad lägesbild",
        description: "Prioriteringar ska utgå från det som går att belägga, vägt mot vad invånarna själva uttrycker som viktigt.",
      },
      {
        title: "Vidareutveckla och stärk arbetsinsatser för att öka tilliten mellan medborgare och offentliga myndigheter",
        description: "Tillit är en förutsättning för att invånare ska anmäla brott; medborgarlöften och medborgardialoger är konkreta verktyg.",
      },
      {
        title: "Ömsesidigt ansvarstagande avseende utveckling av implementerade och/eller nyskapande metoder och kunskapsområden",
        description: "Parterna utbildar varandra och äger metoder gemensamt, till exempel MBU, SSPF och SMADIT.",
      },
      {
        title: "Trygga fortlevnaden av befintliga välfungerande strukturer för det brottsförebyggande arbetet",
        description: "Strukturerna ska finnas kvar även när personer byts ut eller organisationer förändras.",
      },
    ],
  },
  {
    key: "2022",
    title: "Samverkansavtal 2022–2023: Enköping – en trygg och säker kommun",
    periodStart: "2022-09-01",
    periodEnd: "2023-12-31",
    caseNumber: "KS2022/634",
    decisionBody: "Kommunstyrelsen",
    decisionParagraph: "§ 139",
    aim:
      "Att gemensamt bidra till att Enköping är tryggt och säkert, genom en fördjupad samverkan för att minska " +
      "brottsligheten och öka tryggheten i alla delar av Enköping.",
    background:
      "Avtalet förlänger samarbetet för en kortare period i väntan på ny lagstiftning om kommuners brottsförebyggande " +
      "ansvar (SOU 2021:49 Kommuner mot brott). Det har beretts av kommunledningsförvaltningen med kommunpolisen och " +
      "cirkulerats i Tryggare Enköping.",
    economy: "Kommunen och polisen svarar för sina egna kostnader om inget annat överenskoms.",
    followUp:
      "Arbetet följs upp inom samverkansmodellen, främst genom Tryggare Enköping. Specifika gemensamma åtaganden görs genom medborgarlöften.",
    collaborationModel: COLLABORATION_MODEL,
    status: "EXPIRED",
    replaces: "2019",
    priorities: [],
    signatories: [
      { party: "MUNICIPALITY", name: "Peter Book", title: "Kommunstyrelsens ordförande" },
      { party: "POLICE", name: "Maida Klasson", title: "Lokalområdeschef Polisen" },
    ],
    basis: ["langsiktig"],
    goals: [
      { title: "Basera gemensamma framtida insatser och prioriteringar utifrån kontinuerligt uppdaterad faktabaserad lägesbild" },
      { title: "Vidareutveckla och stärka arbetsinsatser för att öka tilliten mellan medborgare och offentliga myndigheter" },
      { title: "Ömsesidigt ta ansvar för utveckling av implementerade och/eller nyskapande metoder och kunskapsområden" },
      { title: "Trygga fortlevnaden av befintliga välfungerande strukturer för det brottsförebyggande arbetet" },
    ],
  },
];

export interface DemoForum {
  key: string;
  name: string;
  level: "STRATEGIC" | "TACTICAL" | "OPERATIVE";
  purpose: string;
  cadence: string;
  parent?: string;
  reportsToText?: string;
  /**
   * The forum's functions in order, each filled by the user with `email` or vacant (then
   * `org` names the organisation it belongs to). The CHAIR seat's member chairs the forum.
   */
  seats: DemoSeat[];
}

export interface DemoSeat {
  role: "CHAIR" | "SECRETARY" | "MEMBER" | "ADJUNCT" | "GUEST_ORGANISATION";
  represents: string;
  email?: string;
  org?: OrgKey;
}

export const forums: DemoForum[] = [
  {
    key: "styrgrupp",
    name: "Styrgrupp för samverkansavtalet",
    level: "STRATEGIC",
    purpose:
      "Prioriterar bland målen i samverkansavtalet, följer upp och kvalitetssäkrar trygghetsarbetet och ger Tryggare Enköping uppdrag.",
    cadence: "Varje tertial",
    reportsToText: "Kommundirektörens utökade ledningsgrupp och kommunstyrelsen",
    seats: [
      { role: "MEMBER", represents: "Brotts- och drogsamordnare", email: "kommun@enkoping.demo" },
      { role: "MEMBER", represents: "Kommunpolis", email: "polis@enkoping.demo" },
    ],
  },
  {
    key: "tryggare",
    name: "Tryggare Enköping",
    level: "TACTICAL",
    purpose:
      "Det brottsförebyggande rådet: omsätter strategisk inriktning i aktiviteter, tar fram en veckovis lägesbild och tillsätter tillfälliga arbetsgrupper.",
    cadence: "Varje vecka",
    parent: "styrgrupp",
    seats: [
      { role: "CHAIR", represents: "Brotts- och drogsamordnare", email: "kommun@enkoping.demo" },
      { role: "SECRETARY", represents: "Fritidsgårdarna, Upplevelseförvaltningen", email: "forum@enkoping.demo" },
      { role: "MEMBER", represents: "Kommunpolis", email: "polis@enkoping.demo" },
      // Vacant since the last one left: shown as vacant until the chair fills them.
      { role: "MEMBER", represents: "Säkerhetschef", org: "kommunledning" },
      { role: "GUEST_ORGANISATION", represents: "Trygghetsvärdar", org: "ehb" },
    ],
  },
  {
    key: "trygghetstriangeln",
    name: "Trygghetstriangeln",
    level: "OPERATIVE",
    purpose: "Samordning och samverkan när behov uppstår hastigt.",
    cadence: "Vid behov",
    parent: "tryggare",
    seats: [{ role: "MEMBER", represents: "Kommunpolis", email: "polis@enkoping.demo" }],
  },
  {
    key: "sspf",
    name: "SSPF – skola, socialtjänst, polis och fritid",
    level: "OPERATIVE",
    purpose: "Gemensamt arbete runt unga i behov av samordnat stöd.",
    cadence: "Varje vecka",
    parent: "tryggare",
    seats: [{ role: "MEMBER", represents: "Kommunpolis", email: "polis@enkoping.demo" }],
  },
  {
    key: "skolavslutning",
    name: "Samordnade insatser vid skolavslutningar",
    level: "OPERATIVE",
    purpose: "Samordnade operativa insatser kring återkommande händelser.",
    cadence: "Återkommande, inför skolavslutningar",
    parent: "tryggare",
    seats: [],
  },
];

export const promise = {
  slug: "forstarkt-forebyggande-arbete-bland-ungdomar-2021-2023",
  title: "Förstärkt förebyggande arbete bland ungdomar med tidigt utvecklat riskbeteende för kriminalitet",
  periodStart: "2021-05-14",
  periodEnd: "2023-12-31",
  agreement: "2019",
  focus: "TARGET_GROUP" as const,
  targetGroup: "Unga med tidigt utvecklat riskbeteende för kriminalitet",
  targetGroupRationale:
    "Forskning visar ett allt starkare samband mellan tidigt normbrytande beteende och risk för fortsatt kriminalitet och " +
    "missbruk. Risken ökar med antalet riskfaktorer och minskar med antalet skyddsfaktorer, så insatserna kombinerar " +
    "generella, förebyggande aktiviteter för alla unga med riktade insatser för dem som behöver mer.",
  background:
    "Löftet förnyar medborgarlöftet 2019–2020 med justeringar i aktivitetsplanen. Pandemin 2020 gjorde att planerade " +
    "medborgardialoger ställdes in; underlagen är i huvudsak desamma som för det tidigare löftet, med uppdaterad kartläggning.",
  citizenPerspective:
    "År 2018 samlades omkring 300 perspektiv in från barn och unga på Västerleden och bearbetades i fem medborgardialoger. " +
    "Många var oroliga för normbrytande beteende på några få platser och efterfrågade både stävjande och stöttande insatser. " +
    "En digital medborgardialog planerades till hösten 2021.",
  criteria: {
    safety: "Fler vuxna i rörelse genom vuxenvandring och närvaro på platser där unga upplever otrygghet.",
    crime: "Tidiga, samordnade insatser kring unga med normbrytande beteende, genom SSPF och polisens närvaro på hot spots.",
    participation: "Civilsamhälle och privatpersoner engageras som vuxenvandrare; ungdomar blir MBU-ambassadörer.",
    trust: "Genom MBU lär ungdomar känna poliser och andra uniformsbärare som människor.",
  },
  conclusion:
    "Enköpings kommun och Lokalpolisområde Enköping/Håbo är överens om att teckna ett gemensamt medborgarlöfte om " +
    "förstärkt förebyggande arbete bland ungdomar med tidigt utvecklat riskbeteende för kriminalitet.",
  signatories: [
    { party: "MUNICIPALITY" as const, name: "Peter Book", title: "Kommunstyrelsens ordförande" },
    { party: "MUNICIPALITY" as const, name: "Ulrika K Jansson", title: "Kommundirektör" },
    { party: "POLICE" as const, name: "Boel Sjöberg", title: "Lokalområdeschef Polismyndigheten Enköping/Håbo" },
  ],
  basis: ["kompass", "framtidstro", "livhalsa2019", "brott2020", "dialog2018", "ehb2020"] as BasisKey[],
  goals: [1, 2, 3] as const,
  /** The activity plan exactly as in the adopted document's table. */
  activities: [
    {
      title: "Fortsätta arbete med metoden MBU (människan bakom uniformen)",
      scope: "1 kurs per termin med start hösttermin 2019\n12 deltagare per kursomgång\nJämn könsfördelning\nMålgrupp: ungdomar 15-20 år",
      timing: "Kvällstid, 1 gång per vecka i 12 veckors tid. Sista kurstillfället är en avslutningsmiddag",
      responsible: "Upplivelsesförvaltning tillsammans med Polis",
      followUp: "Genomförda utbildningar\nDeltagarenkäter",
      evaluation: "Kommunen genom Tryggare Enköping",
      orgs: ["upplevelse", "polis"] as OrgKey[],
      goal: 3,
    },
    {
      title: "Utveckla och införa SSPF-modell (samverkan socialtjänst, Skola, Polis, Fritid)",
      scope: "Gemensamt arbete runt individer i behov av samordnat stöd",
      timing: "Regelbundna möten en gång per vecka med alla fyra deltagande parter",
      responsible:
        "Socialförvaltning; genom AC öppenvård barn och familj.\nUtbildningsförvaltning; genom EC Elevhälsan GrSk\nUpplivelsesförvaltning; genom fritidsgårdarna EC Barn och Unga\nPolis genom kommunpolis",
      followUp: "Antal genomförda möten samt antalet ärenden som lett till någon typ av samordnad insats.",
      evaluation: "Kommun och Polis genom Tryggare Enköping",
      orgs: ["social", "utbildning", "upplevelse", "polis"] as OrgKey[],
      goal: 3,
    },
    {
      title:
        "Öka kunskapen om när och hur en verksamhet som vänder sig till barn och unga ska gå tillväga vid polisanmälan och anmälan enligt socialtjänstlagen 14:1",
      scope:
        "Ta fram och sprida information via folder och utbildningar om polisens och socialtjänstens arbete och vikten av anmälningar inom förskola, skola och gymnasium samt inom fritidsverksamhet och civilsamhälle",
      timing: "Kontinuerligt.",
      responsible: "Områdespoliser och Brott och drogsamordnare",
      followUp: "Antalet genomförda utbildningar och antal utdelade folder",
      evaluation: "Polisen och Kommunen genom Tryggare Enköping",
      orgs: ["polis", "social"] as OrgKey[],
      goal: 2,
    },
    {
      title: "Fortsatt trygghetsfrämjande engagemang från civilsamhälle och privatpersoner",
      scope: "Vidmakthållande och utveckling av vuxenvandring",
      timing: "Dag-, kvälls- och nattetid efter behov.",
      responsible: "Brott och drogsamordnare",
      followUp: "Antal genomförda vuxenvandringar",
      evaluation: "Kommunen och EHB genom Tryggare Enköping",
      orgs: ["social"] as OrgKey[],
      goal: 2,
    },
    {
      title: "På polisiära Hot Spots Hot times, identifiera ungdomar med normbrytande beteende",
      scope: "Utifrån förutsättningar för personal i yttre tjänst ha minst ett uppsökande tillfälle per arbetspass på polisiär Hot Spots",
      timing: "Dag-, kvälls- och nattetid",
      responsible: "Polisen",
      followUp: "Månadsvisa utdrag ur polisens uppföljningsverktyg",
      evaluation: "Polisen",
      orgs: ["polis"] as OrgKey[],
      goal: 1,
    },
  ],
};

export const dialogues = [
  {
    title: "Medborgardialoger om framtidstro på Västerleden",
    startsAt: "2018-05-15T16:00:00+02:00",
    place: "Västerleden",
    format: "Perspektivinsamling och fem dialogmöten med barn och unga",
    participantCount: 300,
    themes: "Trygghet; normbrytande beteende på några platser i närområdet; behov av både stävjande och stöttande insatser",
    announced: false,
    promise: true,
  },
  {
    title: "Dialogmöte om Västerleden",
    startsAt: "2027-05-07T16:30:00+02:00",
    place: "Västerledsskolans matsal",
    format: "Öppet dialogmöte",
    participantCount: null,
    themes: "Ökad framtidstro, främst för barn i åldern 10–13 år; hur insatser kan riktas för att öka tryggheten",
    announced: true,
    promise: false,
  },
];
