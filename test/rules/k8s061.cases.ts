/** K8S061 test table (layout: see df001.cases.ts). */
import type { RuleTests } from '../rule-tester';

const y = (...lines: string[]): string => `${lines.join('\n')}\n`;

export const cases: RuleTests = {
  valid: [
    { name: "ClusterIP (default)", code: y("apiVersion: v1", "kind: Service", "metadata:", "  name: web", "spec:", "  selector: {app: web}", "  ports:", "  - port: 80") },
    { name: "LoadBalancer restricted to source ranges", code: y("apiVersion: v1", "kind: Service", "metadata:", "  name: web", "spec:", "  selector: {app: web}", "  ports:", "  - port: 80", "  type: LoadBalancer", "  loadBalancerSourceRanges:", "  - 203.0.113.0/24") },
    { name: "internal AWS load balancer", code: y("apiVersion: v1", "kind: Service", "metadata:", "  name: web", "  annotations:", "    service.beta.kubernetes.io/aws-load-balancer-internal: \"true\"", "spec:", "  type: LoadBalancer") },
    { name: "internal GKE load balancer (case-insensitive value)", code: y("apiVersion: v1", "kind: Service", "metadata:", "  name: web", "  annotations:", "    networking.gke.io/load-balancer-type: Internal", "spec:", "  type: LoadBalancer") },
    { name: "empty externalIPs", code: y("apiVersion: v1", "kind: Service", "metadata:", "  name: web", "spec:", "  selector: {app: web}", "  ports:", "  - port: 80", "  externalIPs: []") },
    { name: "headless ExternalName", code: y("apiVersion: v1", "kind: Service", "metadata:", "  name: db", "spec:", "  type: ExternalName", "  externalName: db.example.com") },
  ],
  invalid: [
    {
      name: "NodePort",
      code: y("apiVersion: v1", "kind: Service", "metadata:", "  name: web", "spec:", "  selector: {app: web}", "  ports:", "  - port: 80", "  type: NodePort"),
      errors: [{ messageId: 'nodePort', range: [8, 8, 8, 16], suggestions: ["Make it a ClusterIP Service (reach it through an Ingress)"] }],
    },
    {
      name: "LoadBalancer with an external annotation",
      code: y("apiVersion: v1", "kind: Service", "metadata:", "  name: web", "  annotations:", "    service.beta.kubernetes.io/azure-load-balancer-internal: \"false\"", "spec:", "  type: LoadBalancer", "  loadBalancerSourceRanges: []"),
      errors: [{ messageId: 'loadBalancer', range: [7, 8, 7, 20], suggestions: ["Make it a ClusterIP Service (reach it through an Ingress)","Restrict the load balancer to client ranges (edit the placeholder CIDR)"] }],
    },
    {
      name: "externalIPs on a ClusterIP Service",
      code: y("apiVersion: v1", "kind: Service", "metadata:", "  name: web", "spec:", "  selector: {app: web}", "  ports:", "  - port: 80", "  externalIPs:", "  - 198.51.100.7"),
      errors: [{ messageId: 'externalIPs', range: [8, 2, 8, 13] }],
    },
    {
      name: "multi-document, flow spec",
      code: y("apiVersion: v1", "kind: ConfigMap", "metadata: {name: c}", "---", "apiVersion: v1", "kind: Service", "metadata: {name: s}", "spec: {type: \"NodePort\", ports: [{port: 80}]}"),
      errors: [{ messageId: 'nodePort', range: [7, 13, 7, 23], suggestions: ["Make it a ClusterIP Service (reach it through an Ingress)"] }],
    },
    {
      name: "LoadBalancer without the ranges key: suggestion inserts it",
      code: y("apiVersion: v1", "kind: Service", "metadata:", "  name: web", "spec:", "  selector: {app: web}", "  ports:", "  - port: 80", "  type: LoadBalancer"),
      errors: [{ messageId: 'loadBalancer', range: [8, 8, 8, 20], suggestions: ["Make it a ClusterIP Service (reach it through an Ingress)","Restrict the load balancer to client ranges (edit the placeholder CIDR)"] }],
    },
  ],
};
