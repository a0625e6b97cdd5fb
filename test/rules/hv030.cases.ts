/** HV030 test table (layout: see df001.cases.ts). */
import type { RuleTests } from '../rule-tester';

const y = (...lines: string[]): string => `${lines.join('\n')}\n`;

export const cases: RuleTests = {
  valid: [
    { name: "helm create default ClusterIP", code: y("service:", "  type: ClusterIP", "  port: 80") },
    { name: "Bitnami LoadBalancer with source ranges", code: y("service:", "  type: LoadBalancer", "  loadBalancerSourceRanges:", "    - 10.0.0.0/8") },
    { name: "internal load balancer annotation", code: y("service:", "  type: LoadBalancer", "  annotations:", "    service.beta.kubernetes.io/azure-load-balancer-internal: \"true\"") },
    { name: "a key named service that is not a Service", code: y("metrics:", "  service:", "    enabled: true", "    port: 9090") },
    { name: "service of a disabled component (Bitnami metrics.enabled: false)", code: y("metrics:", "  enabled: false", "  service:", "    type: LoadBalancer", "    port: 9117") },
    { name: "service nested deeper in a disabled component", code: y("readReplicas:", "  enabled: false", "  primary:", "    service:", "      type: NodePort") },
  ],
  invalid: [
    {
      name: "service of an enabled component",
      code: y("metrics:", "  enabled: true", "  service:", "    type: LoadBalancer"),
      errors: [{ messageId: 'exposed', range: [3, 10, 3, 22], suggestions: ["Use ClusterIP (reach it through the chart's ingress)"] }],
    },
    {
      name: "Bitnami LoadBalancer default with empty source ranges",
      code: y("service:", "  type: LoadBalancer", "  loadBalancerSourceRanges: []", "  ports:", "    http: 80"),
      errors: [{ messageId: 'exposed', range: [1, 8, 1, 20], suggestions: ["Use ClusterIP (reach it through the chart's ingress)"] }],
    },
    {
      name: "component NodePort",
      code: y("primary:", "  service:", "    type: NodePort", "    nodePorts:", "      postgresql: \"\""),
      errors: [{ messageId: 'exposed', range: [2, 10, 2, 18], suggestions: ["Use ClusterIP (reach it through the chart's ingress)"] }],
    },
  ],
};
