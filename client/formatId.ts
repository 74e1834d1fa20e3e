// A group format's id comes from its title: lowercase letters, digits and dashes, at most 40
// characters, starting with a letter or digit (the server's FORMAT_ID_PATTERN).

export function formatIdFromTitle(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return slug || 'format';
}
