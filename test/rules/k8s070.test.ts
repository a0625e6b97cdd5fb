import rule from '../../rules/kubernetes/k8s070-control-plane-no-anonymous-auth';
import { runRuleTests } from '../rule-tester';
import { cases } from './k8s070.cases';

runRuleTests(rule, cases);
