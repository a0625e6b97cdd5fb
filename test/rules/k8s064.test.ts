import rule from '../../rules/kubernetes/k8s064-require-istio-strict-mtls';
import { runRuleTests } from '../rule-tester';
import { cases } from './k8s064.cases';

runRuleTests(rule, cases);
