// Warnings shown before a merge, split or dissolution is applied: combinations that are allowed
// but unusual, each said in Vietnamese with the reason (issue 9, "the wizard warns").
#pragma once

#include <map>
#include <string>
#include <vector>

#include "domain/registry_plan.h"

namespace atgt {

// `type_names`: unit type code -> Vietnamese name. Empty for renames, moves and clean merges.
std::vector<std::string> plan_warnings(const OrgIndex& org, const EventPlan& plan,
                                       const std::map<std::string, std::string>& type_names);

}  // namespace atgt
