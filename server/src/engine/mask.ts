/**
 * Masks a secret for display: enough to recognise it (`AKIA…MPLE`), never enough to use it.
 * Short values show nothing at all, because a few characters are a large share of them.
 */
export function maskSecret(value: string): string {
  const v = value.trim();
  // Long machine tokens (AKIA…MPLE) keep their recognisable prefix; human passwords show much less.
  if (v.length >= 20) return `${v.slice(0, 4)}…${v.slice(-4)}`;
  if (v.length >= 12) return `${v.slice(0, 2)}…${v.slice(-2)}`;
  return '…';
}
