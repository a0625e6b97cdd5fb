/**
 * RBAC model shared by the RBAC rules: the policy rules of Roles/ClusterRoles and the subjects and
 * role references of (Cluster)RoleBindings, with the YAML nodes rules report on and edit.
 *
 * Matching follows the API server's authorizer (`k8s.io/component-helpers/auth/rbac`): a verb or
 * resource matches itself or `*`; a subresource also matches `*\/<sub>`; an API group matches itself or
 * `*`. RBAC has no partial globs, so `c*e` is a literal (and useless) verb, not a wildcard.
 */
import { describeObject, type K8sObject } from './kubernetes';
import type { LineIndex } from './positions';
import type { Fix, TextEdit } from './types';
import { removeSeqItem, replaceNode } from './yaml-edit';
import { asMap, asSeq, getMapAt, getPair, getString, scalarValue, type YamlPair, type YAMLMap, type YAMLSeq } from './yaml';

/** One string item of a rule list (`verbs`, `resources`, `apiGroups` ...). */
export interface RbacListItem {
  value: string;
  node: unknown;
  index: number;
}

/** A list field of a policy rule; `seq` undefined when absent or not a list. */
export interface RbacList {
  pair: YamlPair | undefined;
  seq: YAMLSeq | undefined;
  items: RbacListItem[];
}

/** One entry of a `rules:` list of PolicyRules (a Role's, or a chart's `rbac.rules` in values). */
export interface PolicyRuleFields {
  map: YAMLMap;
  index: number;
  apiGroups: RbacList;
  resources: RbacList;
  verbs: RbacList;
  resourceNames: RbacList;
  nonResourceURLs: RbacList;
}

/** One entry of a Role/ClusterRole `rules:` list. */
export interface PolicyRuleRef extends PolicyRuleFields {
  object: K8sObject;
}

const RBAC_GROUP = /^rbac\.authorization\.k8s\.io\//;

/** True for a Role or ClusterRole of the RBAC API group. */
export function isRole(object: K8sObject): boolean {
  return (object.kind === 'Role' || object.kind === 'ClusterRole') && RBAC_GROUP.test(object.apiVersion);
}

/** True for a RoleBinding or ClusterRoleBinding of the RBAC API group. */
export function isBinding(object: K8sObject): boolean {
  return (object.kind === 'RoleBinding' || object.kind === 'ClusterRoleBinding') && RBAC_GROUP.test(object.apiVersion);
}

function listOf(map: YAMLMap, key: string): RbacList {
  const pair = getPair(map, key);
  const seq = asSeq(pair?.value);
  const items: RbacListItem[] = [];
  seq?.items.forEach((node, index) => {
    const v = scalarValue(node);
    if (typeof v === 'string') items.push({ value: v, node, index });
  });
  return { pair, seq, items };
}

/** The PolicyRules of a `rules:` list (entries that are not maps are skipped). */
export function policyRulesOfList(list: unknown): PolicyRuleFields[] {
  const out: PolicyRuleFields[] = [];
  asSeq(list)?.items.forEach((item, index) => {
    const map = asMap(item);
    if (!map) return;
    out.push({
      map,
      index,
      apiGroups: listOf(map, 'apiGroups'),
      resources: listOf(map, 'resources'),
      verbs: listOf(map, 'verbs'),
      resourceNames: listOf(map, 'resourceNames'),
      nonResourceURLs: listOf(map, 'nonResourceURLs'),
    });
  });
  return out;
}

/** Every policy rule of every Role/ClusterRole in `objects`, in document order. */
export function policyRules(objects: readonly K8sObject[]): PolicyRuleRef[] {
  const out: PolicyRuleRef[] = [];
  for (const object of objects) {
    if (!isRole(object)) continue;
    for (const rule of policyRulesOfList(getPair(object.map, 'rules')?.value)) out.push({ ...rule, object });
  }
  return out;
}

/** The fields in which RBAC reads `*` as "everything", with what a `*` there stands for. */
export const WILDCARD_FIELDS = { apiGroups: 'API group', resources: 'resource', verbs: 'verb' } as const;

/** A `*` item of a rule's apiGroups, resources or verbs. */
export interface RuleWildcard {
  field: keyof typeof WILDCARD_FIELDS;
  item: RbacListItem;
}

/** The `*` items of a rule, in field order (apiGroups, resources, verbs). */
export function ruleWildcards(rule: PolicyRuleFields): RuleWildcard[] {
  const out: RuleWildcard[] = [];
  for (const field of Object.keys(WILDCARD_FIELDS) as (keyof typeof WILDCARD_FIELDS)[]) {
    for (const item of rule[field].items) if (item.value === '*') out.push({ field, item });
  }
  return out;
}

/**
 * The suggestion for a `*` verb: in a flow list (`verbs: ["*"]`) the item can become the three read
 * verbs in place; in a block list that edit would not parse, so there is none.
 */
export function readOnlyVerbsSuggestion(lines: LineIndex, rule: PolicyRuleFields, wildcard: RuleWildcard): Fix[] {
  if (wildcard.field !== 'verbs' || !rule.verbs.seq?.flow) return [];
  return [{ title: 'Narrow the verbs to read-only (get, list, watch)', edits: [replaceNode(lines, wildcard.item.node, 'get, list, watch')] }];
}

/** What a permission rule looks for: resources (`pods`, `pods/exec`) in API groups, with verbs. */
export interface Permission {
  /** API groups (`''` is the core group). */
  apiGroups: readonly string[];
  /** Resources, subresources as `pods/exec`. */
  resources: readonly string[];
  verbs: readonly string[];
  /** Count a `*` verb as granting the verbs (default true). */
  wildcardVerbs?: boolean;
  /** Count a `*` resource as granting the resources (default true). */
  wildcardResources?: boolean;
}

/** The items of a rule that together grant a permission. */
export interface Grant {
  rule: PolicyRuleRef;
  /** The verb items that grant it (a `*` or the verbs themselves). */
  verbs: RbacListItem[];
  /** The resource items that grant it. */
  resources: RbacListItem[];
}

function resourceMatches(item: string, wanted: string, allowWildcard: boolean): boolean {
  if (item === wanted) return true;
  if (item === '*') return allowWildcard;
  // `*/exec` names the subresource explicitly, so it counts even when bare `*` does not.
  const slash = wanted.indexOf('/');
  return slash > 0 && item === `*${wanted.slice(slash)}`;
}

/** Whether `rule` grants `permission`, and through which list items. */
export function grantOf(rule: PolicyRuleRef, permission: Permission): Grant | undefined {
  const groupOk = rule.apiGroups.items.some((g) => g.value === '*' || permission.apiGroups.includes(g.value));
  if (!groupOk) return undefined;
  const resources = rule.resources.items.filter((r) => permission.resources.some((w) => resourceMatches(r.value, w, permission.wildcardResources !== false)));
  if (resources.length === 0) return undefined;
  const verbs = rule.verbs.items.filter((v) => permission.verbs.includes(v.value) || (v.value === '*' && permission.wildcardVerbs !== false));
  if (verbs.length === 0) return undefined;
  return { rule, verbs, resources };
}

/** Every grant of `permission` among `rules`. */
export function grantsOf(rules: readonly PolicyRuleRef[], permission: Permission): Grant[] {
  const out: Grant[] = [];
  for (const rule of rules) {
    const g = grantOf(rule, permission);
    if (g) out.push(g);
  }
  return out;
}

/**
 * Edits that remove `items` from one rule list, or undefined when that would empty the list (the API
 * server rejects a rule without verbs or resources, so emptying it is not a safe local fix) or when
 * an item cannot be removed with a local edit.
 */
export function removeListItems(lines: LineIndex, list: RbacList, items: readonly RbacListItem[]): TextEdit[] | undefined {
  if (!list.seq || items.length === 0 || items.length >= list.seq.items.length) return undefined;
  const edits: TextEdit[] = [];
  // Back to front, so each edit is computed against the untouched neighbours; flow-list edits of two
  // adjacent items would overlap, so only one flow item is removed per fix.
  const sorted = [...items].sort((a, b) => b.index - a.index);
  if (list.seq.flow && sorted.length > 1) return undefined;
  for (const item of sorted) {
    const edit = removeSeqItem(lines, list.seq, item.index, list.pair);
    if (!edit) return undefined;
    edits.push(edit);
  }
  return edits;
}

/** A subject of a binding. */
export interface SubjectRef {
  map: YAMLMap;
  index: number;
  kind: string;
  name: string;
  namespace: string | undefined;
  seq: YAMLSeq;
  pair: YamlPair;
}

/** A (Cluster)RoleBinding with its role reference and subjects. */
export interface BindingRef {
  object: K8sObject;
  roleKind: string;
  roleName: string;
  /** The `roleRef.name` value node (where binding findings are reported). */
  roleNameNode: unknown;
  subjects: SubjectRef[];
}

/** Every RoleBinding/ClusterRoleBinding in `objects`. */
export function bindings(objects: readonly K8sObject[]): BindingRef[] {
  const out: BindingRef[] = [];
  for (const object of objects) {
    if (!isBinding(object)) continue;
    const roleRef = getMapAt(object.map, 'roleRef');
    const subjectsPair = getPair(object.map, 'subjects');
    const seq = asSeq(subjectsPair?.value);
    const subjects: SubjectRef[] = [];
    seq?.items.forEach((item, index) => {
      const map = asMap(item);
      if (!map || !subjectsPair) return;
      subjects.push({ map, index, kind: getString(map, 'kind') ?? '', name: getString(map, 'name') ?? '', namespace: getString(map, 'namespace'), seq, pair: subjectsPair });
    });
    out.push({ object, roleKind: getString(roleRef, 'kind') ?? '', roleName: getString(roleRef, 'name') ?? '', roleNameNode: getPair(roleRef, 'name')?.value, subjects });
  }
  return out;
}

/** `Role "x"` / `ClusterRole "x"` and the rule number, for messages. */
export function describeRule(rule: PolicyRuleRef): string {
  return `${rule.object.name ? describeObject(rule.object) : `${rule.object.kind} "(unnamed)"`} rule ${rule.index + 1}`;
}
