import { resourceOf } from '../../server/src/engine/kubernetes';
import { describeRule, grantsOf, policyRules, type Permission, type PolicyRuleRef } from '../../server/src/engine/rbac';
import { defineRule } from '../../server/src/engine/rule';
import { nodeRange } from '../../server/src/engine/yaml';

/** Pods and every controller that creates pods from a template, each in its own API group. */
const CREATE_WORKLOADS: Permission[] = [
  { apiGroups: [''], resources: ['pods', 'replicationcontrollers'], verbs: ['create'] },
  { apiGroups: ['apps', 'extensions'], resources: ['deployments', 'statefulsets', 'daemonsets', 'replicasets'], verbs: ['create'] },
  { apiGroups: ['batch'], resources: ['jobs', 'cronjobs'], verbs: ['create'] },
];

export default defineRule({
  meta: {
    id: 'K8S053',
    slug: 'no-rbac-create-pods',
    kind: 'kubernetes',
    title: 'RBAC rules should not allow creating pods or workloads',
    controls: ['CC6.1'],
    severity: 'warning',
    description:
      'Whoever can create a pod (directly or through a Deployment, Job, DaemonSet and the like) can run it with any service account of the namespace and mount any Secret of the namespace, so the permission is worth every other permission in that namespace. Unless admission policy blocks it, the pod can also be privileged and take over its node. SOC 2 CC6.1 expects such broad, indirect grants to be limited to the deployment tooling that needs them.',
    remediation: 'Remove `create` on pods and workload resources from roles of applications and people; let the CI/CD or GitOps controller hold it, in the namespaces it deploys to.',
    fix: 'none',
    messages: {
      createPods: '{{rule}} allows "{{verb}}" on {{resources}}: its subjects can run pods with any service account and Secret of the namespace.',
    },
    peers: ['KICS 592ad21d', 'KSV-0048', 'kube-linter access-to-create-pods', 'Datree CIS_INVALID_VALUE_CREATE_POD'],
  },
  check(ctx) {
    const rules = policyRules(ctx.objects);
    // One finding per policy rule: `*` groups and resources match all three families at once.
    const seen = new Set<PolicyRuleRef>();
    for (const grant of CREATE_WORKLOADS.flatMap((p) => grantsOf(rules, p))) {
      if (seen.has(grant.rule)) continue;
      seen.add(grant.rule);
      const verb = grant.verbs[0]!;
      const range = nodeRange(ctx.lines, verb.node);
      if (!range) continue;
      ctx.report({
        messageId: 'createPods',
        range,
        data: { rule: describeRule(grant.rule), verb: verb.value, resources: grant.resources.map((r) => r.value).join(', ') },
        resource: resourceOf(grant.rule.object),
      });
    }
  },
});
