import rule from '../../rules/kubernetes/k8s037-no-privileged-port';
import { runRuleTests } from '../rule-tester';
import { cases } from './k8s037.cases';

runRuleTests(rule, cases);
