/**
 * Headlines, subheadings and captions inside an article's paragraphs: a short line that does not end
 * a sentence ("Russia claims Xi acknowledged 'legitimacy' of Moscow's war"). Never a statement.
 */
export function isHeading(paragraph: string): boolean {
  const text = paragraph.trim();
  if (/[.!?…:;"”’')\]]$/u.test(text)) return false;
  return text.split(/\s+/).length <= 20;
}
