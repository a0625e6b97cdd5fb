import { resourceOf } from '../../server/src/engine/kubernetes';
import { describeRule, policyRules, type RbacListItem } from '../../server/src/engine/rbac';
import { defineRule } from '../../server/src/engine/rule';
import type { Fix } from '../../server/src/engine/types';
import { nodeRange } from '../../server/src/engine/yaml';
import { replaceNode } from '../../server/src/engine/yaml-edit';

export default defineRule({
  meta: {
    id: 'K8S050',
    slug: 'no-rbac-wildcard',
    kind: 'kubernetes',
    title: 'RBAC rules must not use wildcards',
    controls: ['CC6.1'],
    severity: 'warning',
    description:
      'A `*` in a Role or ClusterRole rule grants every API group, every resource or every verb, including ones added to the cluster later (new CRDs, new subresources such as `pods/exec`). Nobody reviewed those grants, so the role quietly exceeds what its subjects need, which is the opposite of the least privilege that SOC 2 CC6.1 asks for.',
    remediation: 'List the API groups, resources and verbs the subject actually uses (for read-only access: `get`, `list`, `watch`).',
    fix: 'suggestion',
    messages: {
      wildcard: '{{rule}} grants "*" in {{field}}: every {{what}}, including ones added later, is allowed; list the ones the subject needs.',
    },
    peers: ['CKV_K8S_49', 'KICS 6b896afb', 'KSV-0044', 'KSV-0045', 'KSV-0046', 'KSV-0112', 'kube-linter wildcard-in-rules', 'Datree CIS_INVALID_WILDCARD_ROLE'],
  },
  check(ctx) {
    const what: Record<string, string> = { apiGroups: 'API group', resources: 'resource', verbs: 'verb' };
    for (const rule of policyRules(ctx.objects)) {
      for (const field of ['apiGroups', 'resources', 'verbs'] as const) {
        for (const item of rule[field].items) {
          if (item.value !== '*') continue;
          const range = nodeRange(ctx.lines, item.node);
          if (!range) continue;
          ctx.report({
            messageId: 'wildcard',
            range,
            data: { rule: describeRule(rule), field, what: what[field]! },
            resource: resourceOf(rule.object),
            suggestions: field === 'verbs' && rule.verbs.seq?.flow ? [readOnly(ctx.lines, item)] : [],
          });
        }
      }
    }
  },
});

/** In a flow list (`verbs: ["*"]`), the `*` item can become the three read verbs in place. */
function readOnly(lines: Parameters<typeof replaceNode>[0], item: RbacListItem): Fix {
  return { title: 'Narrow the verbs to read-only (get, list, watch)', edits: [replaceNode(lines, item.node, 'get, list, watch')] };
}
