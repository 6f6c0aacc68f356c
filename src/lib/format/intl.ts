/**
 * Intl formatters and the Swedish collator, made once and shared. Creating an
 * Intl.DateTimeFormat costs about 0.1 ms and ICU memory outside V8's heap that is freed only
 * when the collector gets round to the wrapper: a list of fifty meetings, formatted with new
 * formatters, cost each request milliseconds and the server a hundred megabytes resident
 * under load (npm run bench). The options passed here are constants in the code, so the
 * caches stay small.
 */

/** One formatter per language and options, made on first use. */
function shared<Options, Formatter>(make: (tag: string, options: Options) => Formatter) {
  const made = new Map<string, Formatter>();
  return (tag: string, options: Options): Formatter => {
    const key = `${tag} ${JSON.stringify(options)}`;
    let formatter = made.get(key);
    if (!formatter) {
      formatter = make(tag, options);
      made.set(key, formatter);
    }
    return formatter;
  };
}

export const dateTimeFormat = shared((tag, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(tag, options));
export const numberFormat = shared((tag, options: Intl.NumberFormatOptions) => new Intl.NumberFormat(tag, options));

const swedish = new Intl.Collator("sv");

/** Orders text as Swedish does (å, ä, ö last), for Array.prototype.sort. */
export const compareSwedish = (a: string, b: string): number => swedish.compare(a, b);
