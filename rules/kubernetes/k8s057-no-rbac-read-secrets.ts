import { resourceOf } from '../../server/src/engine/kubernetes';
import { describeRule, grantsOf, policyRules, removeListItems, type Permission } from '../../server/src/engine/rbac';
import { defineRule } from '../../server/src/engine/rule';
import { nodeRange } from '../../server/src/engine/yaml';

const READ_SECRETS: Permission = { apiGroups: [''], resources: ['secrets'], verbs: ['get', 'list', 'watch'] };

export default defineRule({
  meta: {
    id: 'K8S057',
    slug: 'no-rbac-read-secrets',
    kind: 'kubernetes',
    title: 'RBAC rules should not allow reading Secrets',
    controls: ['CC6.7', 'CC6.1'],
    severity: 'warning',
    description:
      '`get`, `list` or `watch` on Secrets returns their decoded values: database passwords, API keys, TLS keys and the tokens of other service accounts (a path to their permissions). `list` and `watch` return every Secret of the namespace (of the cluster, for a ClusterRole) at once. SOC 2 CC6.7 expects secrets to be readable only by what needs them; Kubernetes already hands a pod the Secrets it mounts without any RBAC grant.',
    remediation: 'Mount the Secrets the workload needs as volumes or env instead of reading them through the API. If an operator must read one, restrict the rule with `resourceNames` and drop `list`/`watch`.',
    fix: 'quickfix',
    messages: {
      readSecrets: '{{rule}} allows "{{verb}}" on {{resources}}: its subjects can read Secret values{{scope}}.',
    },
    peers: ['CKV2_K8S_5', 'KICS b7bca5c4', 'KICS 056ac60e', 'KSV-0041', 'KSV-0113', 'kube-linter access-to-secrets', 'Datree CIS_INVALID_VERB_SECRETS'],
  },
  check(ctx) {
    for (const grant of grantsOf(policyRules(ctx.objects), READ_SECRETS)) {
      const named = grant.rule.resourceNames.items.length > 0;
      // `list`/`watch` ignore resourceNames for collections, so only a get-only named rule is narrow.
      if (named && grant.verbs.every((v) => v.value === 'get')) continue;
      // The fix removes the read verbs only when the rule is about Secrets alone, so no other
      // resource loses access, and only when a verb remains (a rule needs at least one).
      const onlySecrets = grant.rule.resources.items.every((r) => r.value === 'secrets');
      const edits = onlySecrets && grant.verbs.every((v) => v.value !== '*') ? removeListItems(ctx.lines, grant.rule.verbs, grant.verbs) : undefined;
      const verb = grant.verbs[0]!;
      const range = nodeRange(ctx.lines, verb.node);
      if (!range) continue;
      ctx.report({
        messageId: 'readSecrets',
        range,
        data: { rule: describeRule(grant.rule), verb: verb.value, resources: grant.resources.map((r) => r.value).join(', '), scope: grant.rule.object.kind === 'ClusterRole' ? ' (in every namespace, through a ClusterRoleBinding)' : '' },
        resource: resourceOf(grant.rule.object),
        ...(edits ? { fix: { title: `Remove the ${grant.verbs.map((v) => `"${v.value}"`).join(', ')} verb${grant.verbs.length > 1 ? 's' : ''}`, edits } } : {}),
      });
    }
  },
});
