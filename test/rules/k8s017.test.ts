import rule from '../../rules/kubernetes/k8s017-require-resource-requests';
import { runRuleTests } from '../rule-tester';
import { cases } from './k8s017.cases';

runRuleTests(rule, cases);
