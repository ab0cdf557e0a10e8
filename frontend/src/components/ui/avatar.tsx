type AvatarProps = { name: string; size?: 'small' | 'medium' | 'large' };

const hues = [232, 262, 292, 332, 12, 32, 152, 182, 202];

/** "Ada Lovelace" → "AL"; the first letters of the first and the last word. */
function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '?';
  const first = [...words[0]][0] ?? '';
  const last = words.length > 1 ? ([...words[words.length - 1]][0] ?? '') : '';
  return (first + last).toLocaleUpperCase();
}

function hue(name: string) {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + char.charCodeAt(0)) | 0;
  return hues[Math.abs(hash) % hues.length];
}

// Decorative: the name is always written next to it, so assistive technology skips it.
export const Avatar = ({ name, size = 'medium' }: AvatarProps) => (
  <span className={`avatar avatar--${size}`} style={{ ['--avatar-hue' as string]: hue(name) }} aria-hidden="true">
    {initials(name)}
  </span>
);
