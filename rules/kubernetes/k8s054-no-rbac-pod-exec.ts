import { resourceOf } from '../../server/src/engine/kubernetes';
import { describeRule, grantsOf, policyRules, removeListItems, type Permission } from '../../server/src/engine/rbac';
import { defineRule } from '../../server/src/engine/rule';
import { nodeRange } from '../../server/src/engine/yaml';

/**
 * Interactive access into running pods and nodes. `pods/exec`, `attach` and `portforward` are opened
 * with `create` (and with `get` over the older WebSocket upgrade); `nodes/proxy` reaches the kubelet API.
 * A `*` resource is K8S050's finding, so only named (sub)resources count here.
 */
const INTERACTIVE: Permission = {
  apiGroups: [''],
  resources: ['pods/exec', 'pods/attach', 'pods/portforward', 'nodes/proxy'],
  verbs: ['create', 'get'],
  wildcardResources: false,
};

export default defineRule({
  meta: {
    id: 'K8S054',
    slug: 'no-rbac-pod-exec',
    kind: 'kubernetes',
    title: 'RBAC rules must not allow exec, attach, port-forward or node proxy',
    controls: ['CC6.1', 'CC6.3'],
    severity: 'error',
    description:
      '`pods/exec` and `pods/attach` open a shell in a running container, with its service-account token, its mounted Secrets and its network position; `pods/portforward` tunnels to ports that NetworkPolicies and Services otherwise hide; `nodes/proxy` reaches the kubelet API, which can run commands in every pod of the node and bypasses admission and most audit logging. These are how an attacker, or an operator outside change management, reaches production data. SOC 2 CC6.1 and CC6.3 expect such access to be exceptional and controlled.',
    remediation: 'Remove the subresource from the role. Grant interactive debugging through a separate, time-limited role bound on request (break-glass), and keep it out of service accounts.',
    fix: 'quickfix',
    messages: {
      interactive: '{{rule}} allows "{{verb}}" on {{resource}}: its subjects can run commands in, or tunnel into, running workloads.',
    },
    peers: ['CKV2_K8S_2', 'KICS c589f42c', 'KICS d45330fd', 'KICS 38fa11ef', 'KSV-0053', 'KSV-0054', 'KSV-0047', 'Polaris clusterrolePodExecAttach', 'Polaris rolePodExecAttach', 'Datree CONTAINERS_INCORRECT_RESOURCES_VERBS_VALUE'],
  },
  check(ctx) {
    for (const grant of grantsOf(policyRules(ctx.objects), INTERACTIVE)) {
      const edits = removeListItems(ctx.lines, grant.rule.resources, grant.resources);
      for (const resource of grant.resources) {
        const range = nodeRange(ctx.lines, resource.node);
        if (!range) continue;
        ctx.report({
          messageId: 'interactive',
          range,
          data: { rule: describeRule(grant.rule), verb: grant.verbs[0]!.value, resource: resource.value },
          resource: resourceOf(grant.rule.object),
          ...(edits ? { fix: { title: `Remove ${grant.resources.map((r) => `"${r.value}"`).join(', ')} from the resources`, edits } } : {}),
        });
      }
    }
  },
});
