/**
 * Peer rule ids as aliases of ours, so teams migrating from Checkov, Trivy, hadolint or KICS keep their
 * configuration and suppressions: `# soc2lint-ignore CKV_K8S_16: reason` and `rules: {KSV-0017: off}`
 * act on K8S002. The table is data derived from each rule's `meta.peers` (kept next to the rule).
 *
 * Only unambiguous machine ids count as aliases: Checkov (`CKV_K8S_16`, `CKV2_DOCKER_1`), Trivy
 * (`KSV-0017`, `AVD-KSV-0017`, `DS-0002`, `KCV-0001`) and hadolint (`DL3002`). Free-form names
 * (kube-linter and Polaris check names, KICS query names) stay documentation, since they collide.
 */
import type { Rule, RuleMeta } from './rule';

const ALIAS_PATTERN = /^(CKV2?_[A-Z0-9]+_\d+|(?:AVD-)?(?:KSV|KCV|DS)-\d{4,5}|DL\d{4})$/;

/** The alias ids a rule's metadata declares (upper-case), e.g. `['CKV_K8S_16', 'KSV-0017']`. */
export function aliasesOf(meta: Pick<RuleMeta, 'peers'>): string[] {
  const out = new Set<string>();
  for (const peer of meta.peers ?? []) {
    for (const token of peer.split(/[\s,;()]+/)) {
      const t = token.toUpperCase();
      if (!ALIAS_PATTERN.test(t)) continue;
      out.add(t);
      // Trivy writes both forms; accept either.
      if (t.startsWith('AVD-')) out.add(t.slice(4));
      else if (/^(KSV|KCV|DS)-/.test(t)) out.add(`AVD-${t}`);
    }
  }
  return [...out].sort();
}

/** The peer tool an alias id belongs to (the SARIF taxonomy it is a taxon of). */
export type PeerTool = 'Checkov' | 'Trivy' | 'hadolint';

export function aliasTool(alias: string): PeerTool {
  if (alias.startsWith('CKV')) return 'Checkov';
  if (alias.startsWith('DL')) return 'hadolint';
  return 'Trivy';
}

/** Alias (upper-case) → the ids of our rules it names. */
export function aliasTable(rules: readonly Rule[]): Map<string, string[]> {
  const table = new Map<string, string[]>();
  for (const rule of rules) {
    for (const alias of aliasesOf(rule.meta)) {
      const ids = table.get(alias) ?? [];
      ids.push(rule.meta.id);
      table.set(alias, ids);
    }
  }
  return table;
}

/** Every key a user may write for a rule: our ids and the peers' aliases (upper-case). */
export function knownRuleKeys(rules: readonly Rule[]): Set<string> {
  const keys = new Set(rules.map((r) => r.meta.id));
  for (const alias of aliasTable(rules).keys()) keys.add(alias);
  return keys;
}

/** Expands ids that are aliases into our rule ids (keeping our own ids as they are). */
export function expandRuleIds(ids: readonly string[], table: ReadonlyMap<string, string[]>): string[] {
  const out = new Set<string>();
  for (const id of ids) {
    out.add(id);
    for (const ours of table.get(id) ?? []) out.add(ours);
  }
  return [...out];
}
