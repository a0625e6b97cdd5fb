/**
 * Network exposure helpers shared by the CC6.6 rules: Service exposure, internal load balancers,
 * Ingress TLS, NetworkPolicy default-deny, and removing an annotation with a local edit.
 */
import type { K8sObject } from './kubernetes';
import type { LineIndex } from './positions';
import type { TextEdit } from './types';
import type { NetworkPolicyFact } from './workspace-index';
import { asMap, getMapAt, getPair, nodeOffsets, stringMap, type YamlPair, type YAMLMap } from './yaml';

/**
 * Annotations (and the values) that make a cloud provider create an internal, VPC-only load
 * balancer instead of an internet-facing one. Values compare case-insensitively.
 */
const INTERNAL_LB_ANNOTATIONS: Record<string, readonly string[]> = {
  'service.beta.kubernetes.io/aws-load-balancer-internal': ['true', '0.0.0.0/0'],
  'service.beta.kubernetes.io/aws-load-balancer-scheme': ['internal'],
  'service.beta.kubernetes.io/azure-load-balancer-internal': ['true'],
  'networking.gke.io/load-balancer-type': ['internal'],
  'cloud.google.com/load-balancer-type': ['internal'],
  'service.beta.kubernetes.io/oci-load-balancer-internal': ['true'],
  'service.beta.kubernetes.io/openstack-internal-load-balancer': ['true'],
  'service.kubernetes.io/ibm-load-balancer-cloud-provider-ip-type': ['private'],
  'service.beta.kubernetes.io/alibaba-cloud-loadbalancer-address-type': ['intranet'],
};

/** The object's `metadata.annotations` as strings. */
export function annotationsOf(object: K8sObject): Record<string, string> {
  return stringMap(getMapAt(object.map, 'metadata', 'annotations'));
}

/** True when a LoadBalancer Service's annotations ask the cloud for an internal load balancer. */
export function isInternalLoadBalancer(annotations: Record<string, string>): boolean {
  return Object.entries(INTERNAL_LB_ANNOTATIONS).some(([key, values]) => {
    const v = annotations[key];
    return v !== undefined && values.includes(v.toLowerCase());
  });
}

/**
 * Ingress annotations with which TLS is terminated before the Ingress object's own `tls:` (a cloud
 * load balancer's certificate), so a missing `tls:` list does not mean plain HTTP.
 */
export const EXTERNAL_TLS_ANNOTATIONS = [
  'alb.ingress.kubernetes.io/certificate-arn',
  'ingress.gcp.kubernetes.io/pre-shared-cert',
  'networking.gke.io/managed-certificates',
  'service.beta.kubernetes.io/aws-load-balancer-ssl-cert',
  'appgw.ingress.kubernetes.io/appgw-ssl-certificate',
] as const;

/** True for the Ingress API versions (current and removed beta ones still found in repositories). */
export function isIngress(object: K8sObject): boolean {
  return object.kind === 'Ingress' && /^(networking\.k8s\.io|extensions)\//.test(object.apiVersion);
}

/**
 * A namespace-wide default-deny ingress policy: selects every pod (`podSelector: {}`), isolates
 * ingress (policyTypes lists Ingress, or is empty and defaults to it) and allows nothing (no ingress
 * rules).
 */
export function isDefaultDenyIngress(policy: NetworkPolicyFact): boolean {
  const selectsAll = policy.podSelector !== undefined && Object.keys(policy.podSelector.matchLabels).length === 0 && policy.podSelector.matchExpressions.length === 0;
  const isolates = policy.policyTypes.length === 0 || policy.policyTypes.includes('Ingress');
  return selectsAll && isolates && (policy.ingressRules === undefined || policy.ingressRules === 0);
}

/**
 * Removes one `key: value` entry of a block map by deleting its whole lines. Undefined when the
 * entry shares a line with other content (flow maps, `{a: 1}`) and no safe line edit exists.
 */
export function removeMapEntry(lines: LineIndex, map: YAMLMap, pair: YamlPair, holder?: YamlPair): TextEdit | undefined {
  if (map.flow) return undefined;
  const key = nodeOffsets(pair.key);
  if (!key) return undefined;
  const end = nodeOffsets(pair.value)?.[1] ?? key[1];
  const text = lines.text;
  const startLine = lines.positionAt(key[0]).line;
  const endLine = lines.positionAt(Math.max(end - 1, key[0])).line;
  if (!/^[ \t]*$/.test(text.slice(lines.lineStartOffset(startLine), key[0]))) return undefined;
  if (!/^[ \t]*(#.*)?$/.test(text.slice(end, lines.lineEndOffset(endLine)))) return undefined;
  if (map.items.length === 1) {
    // The only entry: leave `annotations: {}` behind rather than a dangling `annotations:` (null).
    const holderKeyEnd = holder ? nodeOffsets(holder.key)?.[1] : undefined;
    if (holderKeyEnd === undefined) return undefined;
    const colon = text.indexOf(':', holderKeyEnd);
    if (colon < 0 || colon >= key[0] || text.slice(colon + 1, key[0]).includes('#')) return undefined;
    return { range: lines.range(colon + 1, lines.lineEndOffset(endLine)), newText: ' {}' };
  }
  if (endLine + 1 < lines.lineCount) return { range: lines.range(lines.lineStartOffset(startLine), lines.lineStartOffset(endLine + 1)), newText: '' };
  return { range: lines.range(lines.lineEndOffset(startLine - 1), lines.lineEndOffset(endLine)), newText: '' };
}

/** The `metadata.annotations` map and one of its pairs. */
export function annotationPair(object: K8sObject, key: string): { map: YAMLMap; pair: YamlPair; holder: YamlPair } | undefined {
  const holder = getPair(getMapAt(object.map, 'metadata'), 'annotations');
  const map = asMap(holder?.value);
  const pair = getPair(map, key);
  return map && pair && holder ? { map, pair, holder } : undefined;
}
