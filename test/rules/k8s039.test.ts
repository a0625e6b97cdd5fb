import rule from '../../rules/kubernetes/k8s039-no-git-sync-command-injection';
import { runRuleTests } from '../rule-tester';
import { cases } from './k8s039.cases';

runRuleTests(rule, cases);
