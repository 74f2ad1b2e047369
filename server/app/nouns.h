// The assembly of the nouns: every <noun>_api.cpp's registration, called once at start. Adding a
// noun adds its line in nouns.cpp (and its routes and migration), nothing else shared.
#pragma once

#include "api/nouns.h"

namespace atgt::app {

Status register_nouns(api::Nouns& n);

}  // namespace atgt::app
