import { resourceOf } from '../../server/src/engine/kubernetes';
import { describeRule, grantsOf, policyRules, removeListItems, type Permission } from '../../server/src/engine/rbac';
import { defineRule } from '../../server/src/engine/rule';
import { nodeRange } from '../../server/src/engine/yaml';

/** Evidence the cluster keeps about what happened. `*` resources are K8S050's finding. */
const EVIDENCE = ['pods/log', 'events'];
const DELETE_EVIDENCE: Permission = { apiGroups: ['', 'events.k8s.io'], resources: EVIDENCE, verbs: ['delete', 'deletecollection'], wildcardResources: false };

export default defineRule({
  meta: {
    id: 'K8S059',
    slug: 'no-rbac-delete-logs-events',
    kind: 'kubernetes',
    title: 'RBAC rules must not allow deleting pod logs or events',
    controls: ['CC7.2'],
    severity: 'warning',
    description:
      'Events and pod logs are the first evidence an investigation reads: which pod was scheduled where, what failed, what a container printed. A subject that can delete them can erase the trace of its own actions. SOC 2 CC7.2 expects the evidence used to detect and investigate anomalies to be protected from tampering.',
    remediation: 'Remove `delete`/`deletecollection` on `events` and `pods/log`. Events expire on their own (the API server\'s `--event-ttl`); ship logs and events to an append-only store.',
    fix: 'quickfix',
    messages: {
      deleteEvidence: '{{rule}} allows "{{verb}}" on {{resources}}: its subjects can erase the evidence of what happened in the cluster.',
    },
    peers: ['KSV-0042'],
  },
  check(ctx) {
    for (const grant of grantsOf(policyRules(ctx.objects), DELETE_EVIDENCE)) {
      // Removing the verb only when the rule covers nothing but evidence, so no other resource changes.
      const onlyEvidence = grant.rule.resources.items.every((r) => EVIDENCE.includes(r.value));
      const edits = onlyEvidence ? removeListItems(ctx.lines, grant.rule.verbs, grant.verbs) : undefined;
      for (const verb of grant.verbs) {
        const range = nodeRange(ctx.lines, verb.node);
        if (!range) continue;
        ctx.report({
          messageId: 'deleteEvidence',
          range,
          data: { rule: describeRule(grant.rule), verb: verb.value, resources: grant.resources.map((r) => r.value).join(', ') },
          resource: resourceOf(grant.rule.object),
          ...(edits ? { fix: { title: `Remove the ${grant.verbs.map((v) => `"${v.value}"`).join(', ')} verb${grant.verbs.length > 1 ? 's' : ''}`, edits } } : {}),
        });
      }
    }
  },
});
