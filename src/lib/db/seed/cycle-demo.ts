import { actionPlanSnapshotInclude, buildActionPlanSnapshot } from "@/lib/action-plans/snapshot";
import type { Tx } from "@/lib/db";

/**
 * The law's cycle for Enköping in the demo: a lägesbild with two indicators, and an adopted,
 * published action plan with three measures from the agreement's focus areas, a decision
 * and some follow-up, so that a fresh start shows the cycle page filled in.
 *
 * The figures are illustrative examples, not Enköping's statistics; the texts say so.
 */
export async function seedCycleDemo(
  tx: Tx,
  ids: {
    municipalityId: string;
    agreementId: string;
    goalIds: string[];
    official: string;
    officer: string;
    orgs: { social: string; upplevelse: string; ehb: string; polis: string };
  },
) {
  const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
  await tx.municipality.update({
    where: { id: ids.municipalityId },
    data: { coordinatingFunction: "Brotts- och drogsamordnare, Socialförvaltningen", revisionIntervalMonths: 24 },
  });

  const analysis = await tx.situationalAnalysis.create({
    data: {
      municipalityId: ids.municipalityId,
      title: "Lägesbild Enköpings kommun 2024",
      asOf: day("2024-03-31"),
      crimeSurvey:
        "Anmälda brott per NYKO-område 2019–2023: skadegörelse och stölder koncentreras till centrum och Västerleden, " +
        "främst kvällar och helger. Våld i offentlig miljö har minskat något sedan 2021.",
      otherInformation: "Kommunens trygghetsmätning 2023, Liv och hälsa ung 2023 och Sociala kompassen (socioekonomisk analys).",
      analysis:
        "Otryggheten på Västerleden hänger samman med skadegörelse och ungdomar som samlas kvällstid. Tidiga insatser " +
        "genom SSPF och vuxennärvaro bedöms ge störst effekt.",
      sourcesUsed: "Polisens anmälningsstatistik per NYKO, trygghetsmätningen, Liv och hälsa ung.",
      sourcesLeftOut: "Räddningstjänstens insatsstatistik (ej tillgänglig per område).",
      limitations: "Demodata: siffrorna är påhittade exempel, inte Enköpings statistik. Anmälningsbenägenheten varierar mellan områden.",
      participants: "Socialförvaltningen, Upplevelseförvaltningen, Kommunledningsförvaltningen, lokalpolisområde Enköping/Håbo.",
      presentedOn: day("2024-04-22"),
      presentedTo: "Kommunstyrelsen och lokalpolisområdets ledning",
      createdById: ids.official,
      updatedById: ids.official,
      indicators: {
        create: [
          {
            position: 0,
            name: "Anmälda brott per 1 000 invånare",
            unit: "per 1 000 invånare",
            place: "Västerleden",
            theme: "Skadegörelse och stöld",
            source: "Polisens anmälningsstatistik",
            baselineValue: 92.4,
            baselineOn: day("2023-12-31"),
            values: { create: [{ measuredOn: day("2024-12-31"), value: 88.1, createdById: ids.official }] },
          },
          {
            position: 1,
            name: "Andel som känner sig otrygga utomhus kvällstid",
            unit: "%",
            place: "Hela kommunen",
            theme: "Trygghet",
            source: "Kommunens trygghetsmätning",
            baselineValue: 27,
            baselineOn: day("2023-10-01"),
          },
        ],
      },
    },
    include: { indicators: { orderBy: { position: "asc" } } },
  });

  const plan = await tx.actionPlan.create({
    data: {
      agreementId: ids.agreementId,
      analysisId: analysis.id,
      title: "Åtgärdsplan Enköping 2024–2025",
      periodStart: day("2024-07-01"),
      periodEnd: day("2025-12-31"),
      createdById: ids.official,
      updatedById: ids.official,
    },
  });
  const measures = [
    {
      goal: 0,
      cause: "Insatser prioriteras utan gemensam, aktuell bild av var och när brotten sker.",
      title: "Gemensam lägesbild varje tertial i Tryggare Enköping",
      operationalGoal: "Tre gemensamma lägesbilder per år",
      targetValue: 3,
      targetUnit: "lägesbilder",
      effortKind: "ORDINARY" as const,
      timing: "Januari, maj och september",
      responsible: "Brotts- och drogsamordnare och kommunpolis",
      municipalityContribution: "Sammanställer kommunens underlag.",
      policeContribution: "Sammanställer polisens underlag.",
      followUp: "Antal presenterade lägesbilder",
      orgs: [ids.orgs.social, ids.orgs.polis],
      dueOn: null,
    },
    {
      goal: 1,
      cause: "Hög andel otrygga kvällstid på Västerleden (lägesbilden).",
      title: "Trygghetsvandringar på Västerleden",
      operationalGoal: "Minska andelen otrygga kvällstid",
      indicator: 1,
      indicatorTarget: 22,
      targetValue: 8,
      targetUnit: "vandringar",
      effortKind: "ONE_OFF" as const,
      timing: "Kvällstid, vår och höst",
      responsible: "Upplevelseförvaltningen med EHB och polisen",
      municipalityContribution: "Samordnar och bjuder in boende.",
      policeContribution: "Deltar med kommunpolis.",
      followUp: "Antal vandringar och deltagare; trygghetsmätningen",
      orgs: [ids.orgs.upplevelse, ids.orgs.ehb, ids.orgs.polis],
      dueOn: day("2025-10-31"),
    },
    {
      goal: 3,
      cause: "Ungdomar med tidigt riskbeteende fångas upp för sent.",
      title: "SSPF-arbetet fortsätter i alla skolområden",
      operationalGoal: "Alla skolområden har en aktiv SSPF-grupp",
      indicator: 0,
      indicatorTarget: 85,
      targetValue: null,
      targetUnit: null,
      effortKind: "ORDINARY" as const,
      timing: "Löpande",
      responsible: "Socialförvaltningen, skolan och polisen",
      municipalityContribution: "Socialtjänst, skola och fritid.",
      policeContribution: "Kommunpolis i varje SSPF-grupp.",
      followUp: "Antal aktiva SSPF-grupper per tertial",
      orgs: [ids.orgs.social, ids.orgs.polis],
      dueOn: null,
    },
  ];
  const created: string[] = [];
  for (const [position, x] of measures.entries()) {
    const row = await tx.activity.create({
      data: {
        actionPlanId: plan.id,
        position,
        goalId: ids.goalIds[x.goal],
        cause: x.cause,
        title: x.title,
        operationalGoal: x.operationalGoal,
        indicatorId: "indicator" in x && x.indicator !== undefined ? analysis.indicators[x.indicator]!.id : null,
        indicatorTarget: "indicatorTarget" in x ? x.indicatorTarget : null,
        targetValue: x.targetValue,
        targetUnit: x.targetUnit,
        effortKind: x.effortKind,
        timing: x.timing,
        responsible: x.responsible,
        municipalityContribution: x.municipalityContribution,
        policeContribution: x.policeContribution,
        followUp: x.followUp,
        dueOn: x.dueOn,
        status: "ONGOING",
        createdById: ids.official,
        responsibleOrgs: { create: x.orgs.map((organisationId) => ({ organisationId })) },
      },
    });
    created.push(row.id);
  }
  for (const [party, userId] of [["MUNICIPALITY", ids.official], ["POLICE", ids.officer]] as const) {
    await tx.approval.create({ data: { purpose: "ADOPT_ACTION_PLAN", actionPlanId: plan.id, subjectVersion: 1, party, userId, approvedAt: day("2024-06-10") } });
  }
  const full = await tx.actionPlan.findUniqueOrThrow({ where: { id: plan.id }, include: actionPlanSnapshotInclude });
  await tx.actionPlanPublication.create({
    data: { actionPlanId: plan.id, planVersion: 1, snapshot: buildActionPlanSnapshot(full) as never, adoptedAt: day("2024-06-10"), adoptedById: ids.officer },
  });
  await tx.actionPlan.update({ where: { id: plan.id }, data: { status: "ADOPTED", published: true, version: 2 } });

  // Follow-up: the tertial's lägesbild was held (green); the walks lag behind (yellow).
  await tx.activityFollowUp.create({
    data: {
      activityId: created[0]!,
      periodType: "TERTIAL",
      periodStart: day("2024-09-01"),
      status: "ONGOING",
      rating: "GREEN",
      done: "Lägesbild presenterad i Tryggare Enköping.",
      createdById: ids.official,
      figures: { create: [{ label: "lägesbilder", value: 1, countsTowardsTarget: true }] },
    },
  });
  await tx.activityFollowUp.create({
    data: {
      activityId: created[1]!,
      periodType: "MONTH",
      periodStart: day("2024-10-01"),
      status: "DEVIATING",
      rating: "YELLOW",
      done: "En vandring genomförd, en ställdes in.",
      comment: "Få boende anmälde sig; inbjudan görs om via EHB.",
      createdById: ids.officer,
      figures: { create: [{ label: "vandringar", value: 1, countsTowardsTarget: true }, { label: "Deltagare", value: 9, countsTowardsTarget: false }] },
    },
  });
  await tx.activity.update({ where: { id: created[0]! }, data: { rating: "GREEN" } });
  await tx.activity.update({ where: { id: created[1]! }, data: { status: "DEVIATING", rating: "YELLOW" } });

  await tx.decision.create({
    data: {
      municipalityId: ids.municipalityId,
      agreementId: ids.agreementId,
      actionPlanId: plan.id,
      body: "Kommunstyrelsen",
      decidedOn: day("2024-06-10"),
      caseNumber: "KS2024/212",
      paragraph: "§ 98",
      decision: "Kommunstyrelsen antar åtgärdsplanen för 2024–2025.",
      createdById: ids.official,
    },
  });
}
