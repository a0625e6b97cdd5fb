import rule from '../../rules/kubernetes/k8s072-control-plane-no-static-credentials';
import { runRuleTests } from '../rule-tester';
import { cases } from './k8s072.cases';

runRuleTests(rule, cases);
