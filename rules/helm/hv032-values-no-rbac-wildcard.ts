import { describeValuesPath } from '../../server/src/engine/helm-values';
import { findValuesPairs, isSwitchedOff } from '../../server/src/engine/helm-values-keys';
import { policyRulesOfList, readOnlyVerbsSuggestion, ruleWildcards, WILDCARD_FIELDS } from '../../server/src/engine/rbac';
import { defineRule } from '../../server/src/engine/rule';
import { asMap, getPair, nodeRange } from '../../server/src/engine/yaml';

/** Keys of an `rbac` block that hold PolicyRules the chart adds to its Role (Bitnami: `rules`). */
const RULE_LISTS = ['rules', 'extraRules', 'customRules', 'clusterRules', 'additionalRules'];

export default defineRule({
  meta: {
    id: 'HV032',
    slug: 'values-no-rbac-wildcard',
    kind: 'helm-values',
    title: 'RBAC rules in chart values must not use wildcards',
    controls: ['CC6.1'],
    severity: 'warning',
    description:
      'Bitnami charts (and many others) take extra PolicyRules for the Role they create from values: `rbac.rules` (also `extraRules`, `customRules` in other charts). A `*` in such a rule\'s apiGroups, resources or verbs grants every API group, resource or verb, including ones added to the cluster later (new CRDs, subresources such as `pods/exec`), which nobody reviewed: the opposite of the least privilege SOC 2 CC6.1 asks for. The rules are read with the same PolicyRule semantics as K8S050, their manifest counterpart; an `rbac` block with `create: false` (or `enabled: false`), or inside a disabled component, creates no Role and is not reported.',
    remediation: 'List the API groups, resources and verbs the workload actually uses (for read-only access: `get`, `list`, `watch`).',
    fix: 'suggestion',
    messages: {
      wildcard: '{{path}} grants "*" in {{field}}: every {{what}}, including ones added later, is allowed to the chart\'s service account; list the ones it needs.',
    },
    peers: ['CKV_K8S_49', 'KICS 6b896afb', 'KSV-0044', 'KSV-0045', 'KSV-0046', 'KSV-0112', 'kube-linter wildcard-in-rules'],
  },
  check(ctx) {
    for (const hit of findValuesPairs(ctx.yaml?.docs ?? [], 'rbac')) {
      const rbac = asMap(hit.pair.value);
      if (hit.disabled || !rbac) continue;
      // The chart renders the rules only into a Role it creates.
      if (isSwitchedOff(rbac)) continue;
      for (const key of RULE_LISTS) {
        for (const rule of policyRulesOfList(getPair(rbac, key)?.value)) {
          for (const wildcard of ruleWildcards(rule)) {
            const range = nodeRange(ctx.lines, wildcard.item.node);
            if (!range) continue;
            ctx.report({
              messageId: 'wildcard',
              range,
              data: { path: describeValuesPath([...hit.path, key, String(rule.index)]), field: wildcard.field, what: WILDCARD_FIELDS[wildcard.field] },
              suggestions: readOnlyVerbsSuggestion(ctx.lines, rule, wildcard),
            });
          }
        }
      }
    }
  },
});
