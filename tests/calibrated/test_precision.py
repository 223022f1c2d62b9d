import pytest

from rice_core.errors import InputError
from rice_core.precision import CANONICAL, bytes_per_param, canonical_precision


@pytest.mark.parametrize(
    "spelling, canonical",
    [
        ("fp16", "fp16"),
        ("float16", "fp16"),
        ("half", "fp16"),
        ("FP16", "fp16"),
        ("torch.float16", "fp16"),
        ("bf16", "bf16"),
        ("bfloat16", "bf16"),
        ("BFloat16", "bf16"),
        ("torch.bfloat16", "bf16"),
        ("fp8", "fp8"),
        ("float8", "fp8"),
        ("e4m3", "fp8"),
        ("FP8-E4M3", "fp8"),
        ("int8", "int8"),
        ("8bit", "int8"),
        ("INT8", "int8"),
        ("int4", "int4"),
        ("4bit", "int4"),
        ("4-bit", "int4"),
        ("awq", "int4"),
        ("GPTQ", "int4"),
        ("mxfp4", "mxfp4"),
        ("MXFP4", "mxfp4"),
    ],
)
def test_spellings_map_to_canonical(spelling: str, canonical: str) -> None:
    assert canonical_precision(spelling) == canonical


@pytest.mark.parametrize("bad", ["fp32", "float64", "", "int3", "bf8x"])
def test_unknown_precision_names_accepted_values(bad: str) -> None:
    with pytest.raises(InputError) as info:
        canonical_precision(bad)
    message = str(info.value)
    assert repr(bad) in message
    assert all(name in message for name in CANONICAL)


def test_bytes_per_param_halves_with_each_step_down() -> None:
    assert bytes_per_param("bfloat16") == 2.0
    assert bytes_per_param("fp8") == bytes_per_param("int8") == 1.0
    assert 0.5 < bytes_per_param("awq") < 0.6  # 4 bits + group scales
    assert 0.5 < bytes_per_param("mxfp4") < bytes_per_param("int4")
