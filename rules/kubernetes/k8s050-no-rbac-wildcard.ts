import { resourceOf } from '../../server/src/engine/kubernetes';
import { describeRule, policyRules, readOnlyVerbsSuggestion, ruleWildcards, WILDCARD_FIELDS } from '../../server/src/engine/rbac';
import { defineRule } from '../../server/src/engine/rule';
import { nodeRange } from '../../server/src/engine/yaml';

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
    for (const rule of policyRules(ctx.objects)) {
      for (const wildcard of ruleWildcards(rule)) {
        const range = nodeRange(ctx.lines, wildcard.item.node);
        if (!range) continue;
        ctx.report({
          messageId: 'wildcard',
          range,
          data: { rule: describeRule(rule), field: wildcard.field, what: WILDCARD_FIELDS[wildcard.field] },
          resource: resourceOf(rule.object),
          suggestions: readOnlyVerbsSuggestion(ctx.lines, rule, wildcard),
        });
      }
    }
  },
});
