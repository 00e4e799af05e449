-- A mixed shopper workload for wrk (issue 16): GETs drawn with a Zipf-like popularity (weight 1/rank) from a
-- list of URLs, most popular first (benchmarks/mixed-urls.sql writes it), and, at realistic rates, the
-- product page's POSTs: track_view (VIEW_RATE, 5 %) and track_whatsapp_click (CLICK_RATE, 1 %) on a product
-- drawn the same way. Every request comes from another shopper's address (X-Forwarded-For, the server trusting
-- 127.0.0.1 as its proxy, as behind the deployed reverse proxy), so the per-client rate limits see shoppers,
-- not one client.
--
--   wrk -t2 -c32 -d10s --latency -s benchmarks/mixed.lua http://127.0.0.1:8680 -- target/urls.txt
--
-- Prints, after wrk's own figures, one line the benchmark script reads:
--   mixed: sent S posts P answers N non2xx X hit H miss M
-- sent and posts count the requests and the POSTs sent; hit and miss the answers by the X-Cache header
-- the application sets on the cacheable anonymous GETs (HIT by PublicCacheHitHandler, MISS by PublicCacheFilter),
-- so the hit ratio is H / (H + M).

local VIEW_RATE = 0.05
local CLICK_RATE = 0.01

local threads = {}

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

-- The cumulative weights of ranks 1..n for weight 1/rank, so a uniform draw finds its rank by bisection.
local function zipf(n)
  local cumulative, total = {}, 0
  for rank = 1, n do
    total = total + 1 / rank
    cumulative[rank] = total
  end
  return cumulative, total
end

local function draw(cumulative, total)
  local target, low, high = math.random() * total, 1, #cumulative
  while low < high do
    local middle = math.floor((low + high) / 2)
    if cumulative[middle] < target then low = middle + 1 else high = middle end
  end
  return low
end

function init(args)
  urls, products = {}, {}
  for line in io.lines(args[1]) do
    table.insert(urls, line)
    -- A product's detail is /api/v1/products/<slug> (no query): the targets of the POSTs, in the same order.
    local slug = line:match("^/api/v1/products/([^/?]+)$")
    if slug then table.insert(products, slug) end
  end
  url_weights, url_total = zipf(#urls)
  product_weights, product_total = zipf(#products)
  math.randomseed(os.time() * 100 + id)
  sent, posts, answers, non2xx, hit, miss = 0, 0, 0, 0, 0, 0
end

-- Another shopper's address each time, out of 16 million: a repeated (address, product) pair is rare.
local function shopper()
  local address = string.format("10.%d.%d.%d", math.random(0, 255), math.random(0, 255), math.random(1, 254))
  return { ["X-Forwarded-For"] = address }
end

function request()
  local headers = shopper()
  sent = sent + 1
  local dice = math.random()
  if dice < VIEW_RATE + CLICK_RATE then
    local slug = products[draw(product_weights, product_total)]
    local action = dice < VIEW_RATE and "track_view" or "track_whatsapp_click"
    posts = posts + 1
    return wrk.format("POST", "/api/v1/products/" .. slug .. "/" .. action, headers, "")
  end
  return wrk.format("GET", urls[draw(url_weights, url_total)], headers)
end

function response(status, headers, body)
  answers = answers + 1
  if status < 200 or status > 299 then non2xx = non2xx + 1 end
  local cache = headers["X-Cache"] or headers["x-cache"]
  if cache == "HIT" then
    hit = hit + 1
  elseif cache == "MISS" then
    miss = miss + 1
  end
end

function done(summary, latency, results)
  local totals = { sent = 0, posts = 0, answers = 0, non2xx = 0, hit = 0, miss = 0 }
  for _, thread in ipairs(threads) do
    for key in pairs(totals) do totals[key] = totals[key] + thread:get(key) end
  end
  io.write(string.format("mixed: sent %d posts %d answers %d non2xx %d hit %d miss %d\n",
    totals.sent, totals.posts, totals.answers, totals.non2xx, totals.hit, totals.miss))
end
