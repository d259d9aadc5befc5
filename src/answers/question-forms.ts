/**
 * Question forms that lexical search misses: "how long" is answered by a duration ("lasted a little
 * over an hour"), "how much … grow" by a change ("have doubled"), "how many times" by an ordinal
 * ("the second call"), "when" by a date. The words each form adds are English words of that kind,
 * not of any archive; they are searched beside the question's own and weigh as any word does.
 */
const FORMS: Array<[RegExp, string]> = [
  [/\bhow long\b/i, 'lasted hour hours minutes'],
  [
    /\bhow (?:much|many|fast|far)\b.*\b(?:grow|grew|grown|rise|rose|risen|increase|increased|fall|fell|drop|dropped|change|changed|up|down)\b/i,
    'doubled tripled percent increased grew rose fell',
  ],
  [/\bhow many times\b|\bhow often\b/i, 'second third fourth fifth times'],
  [/^\s*when\b/i, 'January February March April May June July August September October November December'],
];

/** Words a question's form adds to its search, or '' when it has none of these forms. */
export function questionForms(question: string): string {
  return FORMS.filter(([form]) => form.test(question))
    .map(([, words]) => words)
    .join(' ');
}
