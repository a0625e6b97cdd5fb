import rule from '../../rules/kubernetes/k8s032-no-default-namespace';
import { runRuleTests } from '../rule-tester';
import { cases } from './k8s032.cases';

runRuleTests(rule, cases);
