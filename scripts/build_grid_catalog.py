"""Regenerate ``rice_core/data/catalog/grid.json`` from codecarbon's public data files (build time only).

    pip download codecarbon==3.3.2 --no-deps -d /tmp/cc && (cd /tmp/cc && unzip -oq codecarbon-*.whl)
    pip download pycountry==26.2.16 --no-deps -d /tmp/pyc && (cd /tmp/pyc && unzip -oq pycountry-*.whl)
    PYTHONPATH=/tmp/pyc python scripts/build_grid_catalog.py --codecarbon /tmp/cc/codecarbon > rice_core/data/catalog/grid.json

Countries: ``data/private_infra/global_energy_mix.json`` (``carbon_intensity`` in gCO2e/kWh, lifecycle, as codecarbon
compiles it from Our World in Data's energy dataset). US states: ``data/private_infra/2023/usa_emissions.json``
(EPA eGRID2023 ``STC2ERTA``, lb CO2e/MWh, converted at 0.453592 g/kWh per lb/MWh). World: the generation-weighted
mean of the countries. Cloud regions: the tables below, each region mapped to the grid of the place it is in.
Neither the product nor its tests run this script; pycountry is a build-time tool, not a dependency.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import pycountry  # build-time only

CODECARBON = "codecarbon 3.3.2"
LB_PER_MWH_TO_G_PER_KWH = 0.453592
EXTRA_ALIASES = {
    "GB": ["UK", "Great Britain"],
    "US": ["United States", "United States of America"],
    "KR": ["South Korea"],
    "RU": ["Russia"],
    "IR": ["Iran"],
    "VN": ["Vietnam"],
    "TW": ["Taiwan"],
    "CZ": ["Czech Republic"],
    "AE": ["UAE"],
    "NL": ["Holland"],
    "TR": ["Turkey", "Turkiye"],
    "BO": ["Bolivia"],
    "VE": ["Venezuela"],
    "TZ": ["Tanzania"],
    "SY": ["Syria"],
    "LA": ["Laos"],
    "MD": ["Moldova"],
    "KP": ["North Korea"],
}

# (region, place, parent zone): parents are ISO-3166 alpha-2 countries or ISO-3166-2 US states (eGRID figures).
AWS = [
    ("us-east-1", "N. Virginia", "US-VA"),
    ("us-east-2", "Ohio", "US-OH"),
    ("us-west-1", "N. California", "US-CA"),
    ("us-west-2", "Oregon", "US-OR"),
    ("us-gov-west-1", "GovCloud Oregon", "US-OR"),
    ("us-gov-east-1", "GovCloud Ohio", "US-OH"),
    ("ca-central-1", "Montreal", "CA"),
    ("ca-west-1", "Calgary", "CA"),
    ("mx-central-1", "Mexico", "MX"),
    ("sa-east-1", "Sao Paulo", "BR"),
    ("eu-west-1", "Ireland", "IE"),
    ("eu-west-2", "London", "GB"),
    ("eu-west-3", "Paris", "FR"),
    ("eu-central-1", "Frankfurt", "DE"),
    ("eu-central-2", "Zurich", "CH"),
    ("eu-north-1", "Stockholm", "SE"),
    ("eu-south-1", "Milan", "IT"),
    ("eu-south-2", "Aragon", "ES"),
    ("il-central-1", "Tel Aviv", "IL"),
    ("me-south-1", "Bahrain", "BH"),
    ("me-central-1", "UAE", "AE"),
    ("af-south-1", "Cape Town", "ZA"),
    ("ap-south-1", "Mumbai", "IN"),
    ("ap-south-2", "Hyderabad", "IN"),
    ("ap-east-1", "Hong Kong", "HK"),
    ("ap-northeast-1", "Tokyo", "JP"),
    ("ap-northeast-2", "Seoul", "KR"),
    ("ap-northeast-3", "Osaka", "JP"),
    ("ap-southeast-1", "Singapore", "SG"),
    ("ap-southeast-2", "Sydney", "AU"),
    ("ap-southeast-3", "Jakarta", "ID"),
    ("ap-southeast-4", "Melbourne", "AU"),
    ("ap-southeast-5", "Malaysia", "MY"),
    ("ap-southeast-7", "Thailand", "TH"),
]
GCP = [
    ("us-central1", "Iowa", "US-IA"),
    ("us-east1", "South Carolina", "US-SC"),
    ("us-east4", "N. Virginia", "US-VA"),
    ("us-east5", "Columbus, Ohio", "US-OH"),
    ("us-south1", "Dallas", "US-TX"),
    ("us-west1", "Oregon", "US-OR"),
    ("us-west2", "Los Angeles", "US-CA"),
    ("us-west3", "Salt Lake City", "US-UT"),
    ("us-west4", "Las Vegas", "US-NV"),
    ("northamerica-northeast1", "Montreal", "CA"),
    ("northamerica-northeast2", "Toronto", "CA"),
    ("northamerica-south1", "Queretaro", "MX"),
    ("southamerica-east1", "Sao Paulo", "BR"),
    ("southamerica-west1", "Santiago", "CL"),
    ("europe-west1", "Belgium", "BE"),
    ("europe-west2", "London", "GB"),
    ("europe-west3", "Frankfurt", "DE"),
    ("europe-west4", "Netherlands", "NL"),
    ("europe-west6", "Zurich", "CH"),
    ("europe-west8", "Milan", "IT"),
    ("europe-west9", "Paris", "FR"),
    ("europe-west10", "Berlin", "DE"),
    ("europe-west12", "Turin", "IT"),
    ("europe-north1", "Finland", "FI"),
    ("europe-north2", "Stockholm", "SE"),
    ("europe-central2", "Warsaw", "PL"),
    ("europe-southwest1", "Madrid", "ES"),
    ("me-west1", "Tel Aviv", "IL"),
    ("me-central1", "Doha", "QA"),
    ("me-central2", "Dammam", "SA"),
    ("africa-south1", "Johannesburg", "ZA"),
    ("asia-east1", "Taiwan", "TW"),
    ("asia-east2", "Hong Kong", "HK"),
    ("asia-northeast1", "Tokyo", "JP"),
    ("asia-northeast2", "Osaka", "JP"),
    ("asia-northeast3", "Seoul", "KR"),
    ("asia-south1", "Mumbai", "IN"),
    ("asia-south2", "Delhi", "IN"),
    ("asia-southeast1", "Singapore", "SG"),
    ("asia-southeast2", "Jakarta", "ID"),
    ("australia-southeast1", "Sydney", "AU"),
    ("australia-southeast2", "Melbourne", "AU"),
]
AZURE = [
    ("eastus", "Virginia", "US-VA"),
    ("eastus2", "Virginia", "US-VA"),
    ("centralus", "Iowa", "US-IA"),
    ("northcentralus", "Illinois", "US-IL"),
    ("southcentralus", "Texas", "US-TX"),
    ("westcentralus", "Wyoming", "US-WY"),
    ("westus", "California", "US-CA"),
    ("westus2", "Washington", "US-WA"),
    ("westus3", "Arizona", "US-AZ"),
    ("canadacentral", "Toronto", "CA"),
    ("canadaeast", "Quebec City", "CA"),
    ("mexicocentral", "Queretaro", "MX"),
    ("brazilsouth", "Sao Paulo State", "BR"),
    ("northeurope", "Ireland", "IE"),
    ("westeurope", "Netherlands", "NL"),
    ("uksouth", "London", "GB"),
    ("ukwest", "Cardiff", "GB"),
    ("francecentral", "Paris", "FR"),
    ("francesouth", "Marseille", "FR"),
    ("germanywestcentral", "Frankfurt", "DE"),
    ("germanynorth", "Berlin", "DE"),
    ("switzerlandnorth", "Zurich", "CH"),
    ("switzerlandwest", "Geneva", "CH"),
    ("norwayeast", "Oslo", "NO"),
    ("norwaywest", "Stavanger", "NO"),
    ("swedencentral", "Gavle", "SE"),
    ("polandcentral", "Warsaw", "PL"),
    ("italynorth", "Milan", "IT"),
    ("spaincentral", "Madrid", "ES"),
    ("eastasia", "Hong Kong", "HK"),
    ("southeastasia", "Singapore", "SG"),
    ("japaneast", "Tokyo", "JP"),
    ("japanwest", "Osaka", "JP"),
    ("koreacentral", "Seoul", "KR"),
    ("koreasouth", "Busan", "KR"),
    ("australiaeast", "New South Wales", "AU"),
    ("australiasoutheast", "Victoria", "AU"),
    ("australiacentral", "Canberra", "AU"),
    ("centralindia", "Pune", "IN"),
    ("southindia", "Chennai", "IN"),
    ("westindia", "Mumbai", "IN"),
    ("uaenorth", "Dubai", "AE"),
    ("uaecentral", "Abu Dhabi", "AE"),
    ("qatarcentral", "Doha", "QA"),
    ("israelcentral", "Israel", "IL"),
    ("southafricanorth", "Johannesburg", "ZA"),
    ("southafricawest", "Cape Town", "ZA"),
    ("newzealandnorth", "Auckland", "NZ"),
    ("indonesiacentral", "Jakarta", "ID"),
    ("malaysiawest", "Kuala Lumpur", "MY"),
]
REGION_SOURCES = {
    "aws": "AWS Regions and Availability Zones (docs.aws.amazon.com/global-infrastructure): region location",
    "gcp": "Google Cloud locations (cloud.google.com/about/locations): region location",
    "azure": "Azure geographies (azure.microsoft.com/explore/global-infrastructure/geographies): region location",
}


def _country_zones(mix: dict) -> list[dict]:
    zones = []
    for iso3, row in sorted(mix.items()):
        country = pycountry.countries.get(alpha_3=iso3)
        if country is None or not row.get("carbon_intensity"):
            print(f"skipped {iso3}: no ISO-3166 country or no intensity", file=sys.stderr)
            continue
        name = getattr(country, "common_name", None) or country.name
        aliases = [iso3, country.name, getattr(country, "official_name", ""), row.get("country_name", "")]
        zones.append(
            {
                "id": country.alpha_2,
                "name": name,
                "aliases": [
                    a for a in dict.fromkeys(aliases + EXTRA_ALIASES.get(country.alpha_2, [])) if a and a != name
                ],
                "gco2e_per_kwh": round(row["carbon_intensity"], 1),
                "year": int(row["year"]),
                "sources": [
                    (
                        f"{CODECARBON} data/private_infra/global_energy_mix.json: {iso3} carbon_intensity "
                        f"{row['carbon_intensity']} gCO2e/kWh ({row['year']}; Our World in Data energy dataset)"
                    )
                ],
            }
        )
    return zones


def _state_zones(usa: dict) -> list[dict]:
    meta, zones = usa["_source"], []
    for state, row in sorted(usa.items()):
        code = row.get("regionCode", "") if isinstance(row, dict) else ""
        if state.startswith("_") or len(code) != 2 or not code.isupper():  # skip metadata and the national row
            continue
        zones.append(
            {
                "id": f"US-{code}",
                "name": f"{state.title()} (US state)",
                "aliases": [],
                "gco2e_per_kwh": round(row["emissions"] * LB_PER_MWH_TO_G_PER_KWH, 1),
                "year": int(meta["year"]),
                "sources": [
                    (
                        f"{CODECARBON} data/private_infra/2023/usa_emissions.json: {meta['name']} "
                        f"({meta['field']}) {row['emissions']} lb/MWh for {code}, x {LB_PER_MWH_TO_G_PER_KWH}"
                    )
                ],
            }
        )
    return zones


def _world(mix: dict) -> dict:
    rows = [r for r in mix.values() if r.get("carbon_intensity") and r.get("total_TWh")]
    total_twh = sum(r["total_TWh"] for r in rows)
    mean = sum(r["carbon_intensity"] * r["total_TWh"] for r in rows) / total_twh
    return {
        "id": "world",
        "name": "World",
        "aliases": ["WOR", "global", "earth"],
        "gco2e_per_kwh": round(mean, 1),
        "year": max(int(r["year"]) for r in rows),
        "sources": [
            (
                f"Generation-weighted mean of {len(rows)} countries' carbon_intensity in {CODECARBON} "
                f"data/private_infra/global_energy_mix.json (total_TWh weights, {total_twh:.0f} TWh)"
            )
        ],
    }


def _cloud_regions() -> list[dict]:
    out = []
    for cloud, table in (("aws", AWS), ("gcp", GCP), ("azure", AZURE)):
        for region, place, parent in table:
            out.append(
                {
                    "id": f"{cloud}:{region}",
                    "name": f"{cloud.upper()} {region} ({place})",
                    "parent": parent,
                    "sources": [REGION_SOURCES[cloud]],
                }
            )
    return out


def build(codecarbon: Path) -> dict:
    mix = json.loads((codecarbon / "data/private_infra/global_energy_mix.json").read_text(encoding="utf-8"))
    usa = json.loads((codecarbon / "data/private_infra/2023/usa_emissions.json").read_text(encoding="utf-8"))
    return {
        "_about": "Generated by scripts/build_grid_catalog.py; see README.md in this folder. Do not edit by hand.",
        "zones": [_world(mix), *_country_zones(mix), *_state_zones(usa)],
        "cloud_regions": _cloud_regions(),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--codecarbon", type=Path, required=True, help="unpacked codecarbon package directory")
    args = parser.parse_args(argv)
    json.dump(build(args.codecarbon), sys.stdout, indent=1, ensure_ascii=False)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
