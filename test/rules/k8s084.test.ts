import rule from '../../rules/kubernetes/k8s084-no-tiller';
import { runRuleTests } from '../rule-tester';
import { cases } from './k8s084.cases';

runRuleTests(rule, cases);
