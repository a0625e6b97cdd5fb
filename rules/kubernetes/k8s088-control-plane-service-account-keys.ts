import { addFlagEdit, controlPlaneContainers, describeComponent, flagOf, flagRange, missingFlagRange, setFlagEdit, type ControlPlaneContainer } from '../../server/src/engine/control-plane';
import { resourceOf } from '../../server/src/engine/kubernetes';
import { defineRule } from '../../server/src/engine/rule';

/**
 * The files that make service-account tokens verifiable and rotatable, per component, with the
 * kubeadm paths offered in the suggestion (a path must exist and be mounted, so never a quick fix).
 */
const REQUIRED: { component: ControlPlaneContainer['component']; flag: string; path: string; messageId: 'apiserverKey' | 'signingKey' | 'rootCa' }[] = [
  { component: 'kube-apiserver', flag: 'service-account-key-file', path: '/etc/kubernetes/pki/sa.pub', messageId: 'apiserverKey' },
  { component: 'kube-controller-manager', flag: 'service-account-private-key-file', path: '/etc/kubernetes/pki/sa.key', messageId: 'signingKey' },
  { component: 'kube-controller-manager', flag: 'root-ca-file', path: '/etc/kubernetes/pki/ca.crt', messageId: 'rootCa' },
];

export default defineRule({
  meta: {
    id: 'K8S088',
    slug: 'control-plane-service-account-keys',
    kind: 'kubernetes',
    title: 'Service-account token keys and root CA must be set explicitly',
    controls: ['CC6.2', 'CC6.1'],
    severity: 'warning',
    description:
      'Service-account tokens are the credentials of every workload. Without `--service-account-key-file` the API server verifies them with its own TLS serving key, so the key that signs workload credentials cannot be rotated without also replacing the serving certificate, and a leaked serving key mints tokens. Without `--service-account-private-key-file` the controller manager cannot sign the token Secrets it issues; without `--root-ca-file` the CA bundle it hands to Pods (in token Secrets and the `kube-root-ca.crt` ConfigMap) falls back to whatever its kubeconfig embeds, possibly nothing, and Pods cannot verify that they are talking to the real API server. SOC 2 CC6.2 expects credentials to be issued from a dedicated, rotatable key and verified. An empty value counts as missing.',
    remediation:
      'Use a dedicated key pair for service accounts: pass the public key to kube-apiserver with `--service-account-key-file` (next to `--service-account-signing-key-file` for the private key), the private key to kube-controller-manager with `--service-account-private-key-file`, and the cluster CA with `--root-ca-file`. kubeadm uses `/etc/kubernetes/pki/sa.pub`, `sa.key` and `ca.crt`; mount them into the static Pods.',
    fix: 'suggestion',
    messages: {
      apiserverKey: '{{component}} does not set --service-account-key-file: workload tokens are verified with the TLS serving key, which cannot be rotated on its own.',
      signingKey: '{{component}} does not set --service-account-private-key-file: it cannot sign service-account token Secrets with a dedicated, rotatable key.',
      rootCa: '{{component}} does not set --root-ca-file: the CA bundle it gives Pods falls back to whatever its kubeconfig embeds, possibly none, so Pods may not verify the API server.',
    },
    peers: ['CKV_K8S_97', 'CKV_K8S_110', 'CKV_K8S_111', 'KICS dab4ec72', 'KICS ccc98ff7', 'KCV-0025', 'KCV-0036', 'KCV-0037'],
  },
  check(ctx) {
    for (const cp of controlPlaneContainers(ctx.objects)) {
      for (const required of REQUIRED) {
        if (cp.component !== required.component) continue;
        const flag = flagOf(cp, required.flag);
        if (flag && flag.value.trim() !== '') continue;
        const range = flag ? flagRange(ctx.lines, flag) : missingFlagRange(ctx.lines, cp);
        if (!range) continue;
        const edits = flag ? setFlagEdit(ctx.lines, flag, required.path) : [addFlagEdit(ctx.lines, cp, required.flag, required.path)].filter((e) => e !== undefined);
        const suggestions = edits.length > 0 ? [{ title: `Set --${required.flag}=${required.path} (the kubeadm path; mount the file)`, edits }] : [];
        ctx.report({ messageId: required.messageId, range, data: { component: describeComponent(cp) }, resource: resourceOf(cp.container.pod.object), suggestions });
      }
    }
  },
});
