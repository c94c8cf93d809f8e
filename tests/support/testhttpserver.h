#pragma once

// The local HTTP test server lands with the fetching work.
