/** Lowercase words joined by hyphens: "Heads Up!" becomes "heads-up". */
export function slugify(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
