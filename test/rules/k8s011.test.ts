import rule from '../../rules/kubernetes/k8s011-no-host-namespaces';
import { runRuleTests } from '../rule-tester';
import { cases } from './k8s011.cases';

runRuleTests(rule, cases);
