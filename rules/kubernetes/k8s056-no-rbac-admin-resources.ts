import { resourceOf } from '../../server/src/engine/kubernetes';
import { describeRule, grantsOf, policyRules, type Permission } from '../../server/src/engine/rbac';
import { defineRule } from '../../server/src/engine/rule';
import { nodeRange } from '../../server/src/engine/yaml';

const WRITE = ['create', 'update', 'patch', 'delete', 'deletecollection'];

/** Resources whose control is control of the cluster's access policy. `*` resources are K8S050's. */
const ADMIN: { what: string; permission: Permission }[] = [
  { what: 'admission webhooks', permission: { apiGroups: ['admissionregistration.k8s.io'], resources: ['mutatingwebhookconfigurations', 'validatingwebhookconfigurations', 'validatingadmissionpolicies', 'validatingadmissionpolicybindings'], verbs: WRITE, wildcardResources: false } },
  { what: 'certificate signing request approval', permission: { apiGroups: ['certificates.k8s.io'], resources: ['certificatesigningrequests/approval', 'signers'], verbs: ['update', 'patch', 'approve'], wildcardResources: false } },
  { what: 'RBAC roles and bindings', permission: { apiGroups: ['rbac.authorization.k8s.io'], resources: ['roles', 'clusterroles', 'rolebindings', 'clusterrolebindings'], verbs: WRITE, wildcardResources: false } },
];

export default defineRule({
  meta: {
    id: 'K8S056',
    slug: 'no-rbac-admin-resources',
    kind: 'kubernetes',
    title: 'RBAC rules should not allow managing webhooks, approving certificates or editing RBAC',
    controls: ['CC6.1', 'CC6.3'],
    severity: 'warning',
    description:
      'Three kinds of object decide who may do what in a cluster: admission webhooks (which see, and can rewrite, every object sent to the API server), certificate signing request approval (a signed client certificate is a login, possibly as `system:masters`), and RBAC roles and bindings. A subject that can change them can change its own access. SOC 2 CC6.1 and CC6.3 expect changes to access policy to go through reviewed change management, not through a workload\'s role.',
    remediation: 'Remove the write verbs from the role. Keep this access with the cluster bootstrap or GitOps controller, and restrict any remaining grant with `resourceNames`.',
    fix: 'none',
    messages: {
      admin: '{{rule}} allows "{{verb}}" on {{resources}} ({{what}}): its subjects can change who may do what in the cluster.',
    },
    peers: ['CKV_K8S_155', 'CKV_K8S_156', 'KSV-0114', 'KSV-0050'],
  },
  check(ctx) {
    const rules = policyRules(ctx.objects);
    for (const { what, permission } of ADMIN) {
      for (const grant of grantsOf(rules, permission)) {
        // resourceNames narrows the grant to named objects: a reviewed, deliberate exception.
        if (grant.rule.resourceNames.items.length > 0) continue;
        const verb = grant.verbs[0]!;
        const range = nodeRange(ctx.lines, verb.node);
        if (!range) continue;
        ctx.report({
          messageId: 'admin',
          range,
          data: { rule: describeRule(grant.rule), verb: verb.value, resources: grant.resources.map((r) => r.value).join(', '), what },
          resource: resourceOf(grant.rule.object),
        });
      }
    }
  },
});
