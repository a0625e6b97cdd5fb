import rule from '../../rules/kubernetes/k8s074-control-plane-no-insecure-port';
import { runRuleTests } from '../rule-tester';
import { cases } from './k8s074.cases';

runRuleTests(rule, cases);
