import { resourceOf } from '../../server/src/engine/kubernetes';
import { describeRule, grantsOf, policyRules, type Permission } from '../../server/src/engine/rbac';
import { defineRule } from '../../server/src/engine/rule';
import { nodeRange } from '../../server/src/engine/yaml';

/** Objects that decide what can reach what. `*` resources are K8S050's finding. */
const MANAGE_NETWORK: Permission = {
  apiGroups: ['', 'networking.k8s.io', 'extensions', 'discovery.k8s.io', 'gateway.networking.k8s.io', 'security.istio.io', 'networking.istio.io'],
  resources: ['services', 'endpoints', 'endpointslices', 'networkpolicies', 'ingresses', 'gateways', 'httproutes', 'peerauthentications', 'authorizationpolicies', 'virtualservices'],
  verbs: ['create', 'update', 'patch', 'delete', 'deletecollection'],
  wildcardResources: false,
};

export default defineRule({
  meta: {
    id: 'K8S058',
    slug: 'no-rbac-network-management',
    kind: 'kubernetes',
    title: 'RBAC rules should not allow managing network objects',
    controls: ['CC6.6', 'CC6.1'],
    severity: 'warning',
    description:
      'NetworkPolicies, Services, Endpoints, Ingresses, Gateway routes and service-mesh policies are the network boundary of the cluster. A subject that can write them can delete the policy that isolates a database, expose an internal service through a LoadBalancer, or redirect a Service\'s endpoints to a pod it controls. SOC 2 CC6.6 expects the network boundary to change only through controlled changes.',
    remediation: 'Remove write verbs on network objects from application and user roles; leave them to the deployment pipeline or the controller that owns them, restricted with `resourceNames` where possible.',
    fix: 'none',
    messages: {
      network: '{{rule}} allows "{{verb}}" on {{resources}}: its subjects can change the cluster\'s network boundary.',
    },
    peers: ['KSV-0056'],
  },
  check(ctx) {
    for (const grant of grantsOf(policyRules(ctx.objects), MANAGE_NETWORK)) {
      if (grant.rule.resourceNames.items.length > 0) continue;
      const verb = grant.verbs[0]!;
      const range = nodeRange(ctx.lines, verb.node);
      if (!range) continue;
      ctx.report({
        messageId: 'network',
        range,
        data: { rule: describeRule(grant.rule), verb: verb.value, resources: grant.resources.map((r) => r.value).join(', ') },
        resource: resourceOf(grant.rule.object),
      });
    }
  },
});
