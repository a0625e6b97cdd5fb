import rule from '../../rules/kubernetes/k8s012-no-host-port';
import { runRuleTests } from '../rule-tester';
import { cases } from './k8s012.cases';

runRuleTests(rule, cases);
