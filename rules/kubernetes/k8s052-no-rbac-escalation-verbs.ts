import { resourceOf } from '../../server/src/engine/kubernetes';
import { describeRule, grantsOf, policyRules, removeListItems, type Permission } from '../../server/src/engine/rbac';
import { defineRule } from '../../server/src/engine/rule';
import { nodeRange } from '../../server/src/engine/yaml';

/**
 * `escalate` and `bind` on roles lift RBAC's own escalation check; `impersonate` lets the subject act
 * as any user, group or service account. Only explicit verbs: a `*` verb is K8S050's finding.
 */
const PERMISSIONS: Permission[] = [
  { apiGroups: ['rbac.authorization.k8s.io'], resources: ['roles', 'clusterroles'], verbs: ['escalate', 'bind'], wildcardVerbs: false },
  { apiGroups: ['', 'authentication.k8s.io'], resources: ['users', 'groups', 'serviceaccounts', 'uids', 'userextras/scopes', 'userextras'], verbs: ['impersonate'], wildcardVerbs: false },
];

export default defineRule({
  meta: {
    id: 'K8S052',
    slug: 'no-rbac-escalation-verbs',
    kind: 'kubernetes',
    title: 'RBAC rules must not grant escalate, bind or impersonate',
    controls: ['CC6.1', 'CC6.3'],
    severity: 'error',
    description:
      'RBAC normally stops a subject from granting permissions it does not hold. The `escalate` verb on roles switches that check off for editing roles, `bind` switches it off for creating bindings, and `impersonate` lets the subject send requests as another user, group or service account (for example `system:masters`). Each is a direct path from a limited account to cluster-admin, which defeats the least-privilege and access-control boundaries of SOC 2 CC6.1 and CC6.3.',
    remediation: 'Remove the verb. Controllers that must create bindings should get `bind` restricted with `resourceNames` to the exact roles they hand out; impersonation belongs to a few audited human break-glass accounts.',
    fix: 'quickfix',
    messages: {
      escalation: '{{rule}} grants "{{verb}}" on {{resources}}: its subjects can give themselves permissions they do not hold.',
    },
    peers: ['CKV_K8S_157', 'CKV_K8S_158', 'CKV2_K8S_3', 'CKV2_K8S_1', 'KICS 8320826e', 'KICS 9f85c3f6', 'KSV-0043', 'KSV-0050', 'KSV-0051', 'KSV-0052', 'KSV-0055', 'Datree CIS_INVALID_VALUE_BIND_IMPERSONATE_ESCALATE'],
  },
  check(ctx) {
    const rules = policyRules(ctx.objects);
    for (const permission of PERMISSIONS) {
      for (const grant of grantsOf(rules, permission)) {
        // One fix per rule list removes every offending verb at once; each verb gets its own finding.
        const edits = removeListItems(ctx.lines, grant.rule.verbs, grant.verbs);
        for (const verb of grant.verbs) {
          const range = nodeRange(ctx.lines, verb.node);
          if (!range) continue;
          ctx.report({
            messageId: 'escalation',
            range,
            data: { rule: describeRule(grant.rule), verb: verb.value, resources: grant.resources.map((r) => r.value).join(', ') },
            resource: resourceOf(grant.rule.object),
            ...(edits ? { fix: { title: `Remove the ${grant.verbs.map((v) => `"${v.value}"`).join(', ')} verb${grant.verbs.length > 1 ? 's' : ''}`, edits } } : {}),
          });
        }
      }
    }
  },
});
