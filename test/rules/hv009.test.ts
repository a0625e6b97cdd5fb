import rule from '../../rules/helm/hv009-values-no-latest-image-tag';
import { runRuleTests } from '../rule-tester';
import { cases } from './hv009.cases';

runRuleTests(rule, cases);
