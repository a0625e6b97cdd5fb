import rule from '../../rules/kubernetes/k8s062-require-ingress-tls';
import { runRuleTests } from '../rule-tester';
import { cases } from './k8s062.cases';

runRuleTests(rule, cases);
