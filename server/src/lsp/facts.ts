/**
 * Keeping the workspace index current for one file, and telling whether its NetworkPolicies changed
 * (the only facts whose change alters other files' diagnostics today: WS001, WS003).
 */
import type { FileFacts, NetworkPolicyFact, WorkspaceIndex } from '../engine/workspace-index';

function policyKey(p: NetworkPolicyFact): string {
  return JSON.stringify([p.namespace, p.name, p.podSelector, p.policyTypes, p.ingressRules]);
}

/**
 * Replaces the facts of `key` (undefined removes them). Returns the namespaces whose policies
 * changed, empty when none did.
 */
export function updateFacts(index: WorkspaceIndex, key: string, facts: FileFacts | undefined): Set<string> {
  const before = index.networkPolicies().filter((p) => p.uri === key);
  if (facts) index.setFile(key, facts);
  else index.removeFile(key);
  const after = facts?.networkPolicies ?? [];
  const a = before.map(policyKey).sort();
  const b = after.map(policyKey).sort();
  if (a.length === b.length && a.every((x, i) => x === b[i])) return new Set();
  return new Set([...before, ...after].map((p) => p.namespace));
}

/** Keys of files with workloads in any of `namespaces`. */
export function filesWithWorkloadsIn(index: WorkspaceIndex, namespaces: ReadonlySet<string>): Set<string> {
  return new Set(index.workloads().filter((w) => namespaces.has(w.namespace)).map((w) => w.uri));
}
