import rule from '../../rules/kubernetes/k8s065-no-disabled-sidecar-injection';
import { runRuleTests } from '../rule-tester';
import { cases } from './k8s065.cases';

runRuleTests(rule, cases);
