import { describeObject, resourceOf } from '../../server/src/engine/kubernetes';
import { defineRule } from '../../server/src/engine/rule';
import { asMap, asSeq, getNode, getPair, getString, keyRange, nodeRange, scalarValue, type YAMLMap } from '../../server/src/engine/yaml';

/** Requests an audit trail must show, and the least and most detail each should be recorded with. */
interface Concern {
  what: string;
  group: string;
  resource: string;
  /** The request body would write secret values into the log above Metadata. */
  secretValues: boolean;
}
const CONCERNS: Concern[] = [
  { what: 'Secret access', group: '', resource: 'secrets', secretValues: true },
  { what: 'ConfigMap access', group: '', resource: 'configmaps', secretValues: true },
  { what: 'TokenReviews', group: 'authentication.k8s.io', resource: 'tokenreviews', secretValues: true },
  { what: 'exec into pods', group: '', resource: 'pods/exec', secretValues: false },
  { what: 'port-forwarding', group: '', resource: 'pods/portforward', secretValues: false },
  { what: 'RBAC changes', group: 'rbac.authorization.k8s.io', resource: 'clusterrolebindings', secretValues: false },
];

const strings = (map: YAMLMap | undefined, key: string): string[] | undefined => asSeq(getNode(map, key))?.items.map((i) => String(scalarValue(i) ?? ''));

/** Does an audit rule match a request for `group`/`resource` (subresource as `pods/exec`)? */
function ruleMatches(rule: YAMLMap, concern: Concern): boolean {
  // Rules limited to users, groups, verbs, namespaces or URLs only catch some requests: a partial
  // rule is not coverage, so only resource-only rules count (plus the catch-all rule).
  for (const narrowing of ['users', 'userGroups', 'verbs', 'namespaces', 'nonResourceURLs']) if ((strings(rule, narrowing)?.length ?? 0) > 0) return false;
  const resources = asSeq(getNode(rule, 'resources'));
  if (!resources) return true;
  return resources.items.some((item) => {
    const ref = asMap(item);
    const group = getString(ref, 'group') ?? '';
    if (group !== '*' && group !== concern.group) return false;
    const names = strings(ref, 'resources');
    if (!names || names.length === 0) return true;
    const [base, sub] = concern.resource.split('/');
    return names.some((n) => n === '*' || n === concern.resource || (sub !== undefined && (n === `${base}/*` || n === `*/${sub}`)) || (sub === undefined && n === base));
  });
}

export default defineRule({
  meta: {
    id: 'K8S078',
    slug: 'audit-policy-coverage',
    kind: 'kubernetes',
    title: 'Audit policy must record key security events without logging secret values',
    controls: ['CC7.2', 'CC6.7'],
    severity: 'warning',
    description:
      'An `audit.k8s.io` Policy decides what the API server records; the first matching rule wins and unmatched requests are not logged at all. A policy that leaves Secret access, exec or port-forward into pods, or RBAC changes at level `None` (or unmatched) hides exactly the actions an investigation needs (SOC 2 CC7.2). Recording Secrets, ConfigMaps or TokenReviews at `Request`/`RequestResponse` copies secret values and tokens into the log, which then needs the protection of a secret store (CC6.7).',
    remediation: 'Start the policy with `level: Metadata` rules for secrets, configmaps and tokenreviews, record pods/exec, pods/portforward and RBAC objects at Metadata or higher, and end with a catch-all rule (for example `- level: Metadata`).',
    fix: 'none',
    messages: {
      notAudited: '{{resource}} does not audit {{what}} ({{how}}): these actions leave no audit trail.',
      valuesLogged: '{{resource}} records {{what}} at {{level}}: secret values and tokens are written into the audit log; use Metadata.',
    },
    peers: ['KICS 1828a670'],
  },
  check(ctx) {
    for (const object of ctx.objects) {
      if (object.kind !== 'Policy' || !object.apiVersion.startsWith('audit.k8s.io/')) continue;
      const rulesPair = getPair(object.map, 'rules');
      const rules = (asSeq(rulesPair?.value)?.items ?? []).map(asMap).filter((m): m is YAMLMap => m !== undefined);
      const anchor = rulesPair ?? getPair(object.map, 'kind');
      for (const concern of CONCERNS) {
        const match = rules.find((r) => ruleMatches(r, concern));
        const levelPair = getPair(match, 'level');
        const level = String(scalarValue(levelPair?.value) ?? '');
        const data = { resource: describeObject(object), what: concern.what, level, how: match ? 'level None' : 'no rule matches' };
        if (!match || level === 'None') {
          const range = match && levelPair ? nodeRange(ctx.lines, levelPair.value) : anchor && keyRange(ctx.lines, anchor);
          if (range) ctx.report({ messageId: 'notAudited', range, data, resource: resourceOf(object) });
        } else if (concern.secretValues && (level === 'Request' || level === 'RequestResponse') && levelPair) {
          const range = nodeRange(ctx.lines, levelPair.value);
          if (range) ctx.report({ messageId: 'valuesLogged', range, data, resource: resourceOf(object) });
        }
      }
    }
  },
});
