/**
 * The portal holds no data about individuals. Free text is checked for anything shaped
 * like a Swedish personal identity number (personnummer or samordningsnummer):
 * YYMMDD-NNNN or YYYYMMDDNNNN, with a valid check digit. Plain function.
 */
const CANDIDATE = /(?<!\d)(?:(?:19|20)?(\d{2})(\d{2})(\d{2}))[-+ ]?(\d{3})(\d)(?!\d)/g;

function luhnValid(tenDigits: string): boolean {
  let sum = 0;
  for (let i = 0; i < tenDigits.length; i++) {
    let d = Number(tenDigits[i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return sum % 10 === 0;
}

export function findPersonalNumbers(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(CANDIDATE)) {
    const [whole, yy, mm, dd, serial, check] = match;
    const month = Number(mm);
    const day = Number(dd);
    // Samordningsnummer add 60 to the day.
    const validDay = (day >= 1 && day <= 31) || (day >= 61 && day <= 91);
    if (month < 1 || month > 12 || !validDay) continue;
    if (luhnValid(`${yy}${mm}${dd}${serial}${check}`)) found.push(whole.trim());
  }
  return found;
}

/** The first field whose text looks like it holds a personal identity number. */
export function firstFieldWithPersonalNumber(fields: Record<string, string | null | undefined>): string | null {
  for (const [name, value] of Object.entries(fields)) {
    if (value && findPersonalNumbers(value).length > 0) return name;
  }
  return null;
}
