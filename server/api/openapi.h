// The OpenAPI 3.1 document, built from the route table and api/schemas.json.
#pragma once

#include <boost/json.hpp>

namespace atgt::api {

// Built once; the same object for every call.
const boost::json::object& openapi_document();

}  // namespace atgt::api
