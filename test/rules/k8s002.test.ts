import rule from '../../rules/kubernetes/k8s002-no-privileged-container';
import { runRuleTests } from '../rule-tester';
import { cases } from './k8s002.cases';

runRuleTests(rule, cases);
