import rule from '../../rules/kubernetes/k8s013-no-host-path-volume';
import { runRuleTests } from '../rule-tester';
import { cases } from './k8s013.cases';

runRuleTests(rule, cases);
