"""Fit the paraphrase model's weights on one half of the development data; check on the other.

    python -m benchmarks.fit_paraphrase [MSRP_PATH PAN_PATH] [--write]

Both corpora are split by pair position (even pairs fit, odd pairs check). One logistic
regression over ``compare.similarity.FEATURES`` is fitted on the fitting halves of both, each
corpus weighted equally, and the probability cutoff that maximises the sum of the two F1 scores
on the fitting halves is chosen. The table shows F1 on both halves of both corpora. With
``--write`` the weights go to ``compare/paraphrase_model.json``; put the printed cutoff into
``Settings.paraphrase_cutoff``.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
from tabulate import tabulate

from benchmarks.accuracy import LabelledPair, read_msrp, read_pan, scores
from compare.segment import as_sentence
from compare.similarity import FEATURES, features

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
MODEL = Path(__file__).resolve().parent.parent / "compare" / "paraphrase_model.json"
RIDGE = 0.01
NEWTON_STEPS = 50


def feature_matrix(pairs: list[LabelledPair]) -> tuple[np.ndarray, np.ndarray]:
    rows = [features(as_sentence(p.a, "a"), as_sentence(p.b, "b")) for p in pairs]
    return np.array(rows), np.array([p.same for p in pairs], dtype=float)


def fit(x: np.ndarray, y: np.ndarray, weight: np.ndarray) -> np.ndarray:
    """Weighted, lightly ridge-regularised logistic regression by Newton's method; the last
    coefficient is the intercept."""
    design = np.hstack([x, np.ones((len(x), 1))])
    beta = np.zeros(design.shape[1])
    for _ in range(NEWTON_STEPS):
        p = 1 / (1 + np.exp(-design @ beta))
        gradient = design.T @ (weight * (p - y)) + RIDGE * beta
        hessian = (design * (weight * p * (1 - p))[:, None]).T @ design + RIDGE * np.eye(len(beta))
        beta -= np.linalg.solve(hessian, gradient)
    return beta


def probability(x: np.ndarray, beta: np.ndarray) -> np.ndarray:
    return 1 / (1 + np.exp(-(x @ beta[:-1] + beta[-1])))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("msrp", type=Path, nargs="?", default=DATA / "msrp")
    parser.add_argument("pan", type=Path, nargs="?", default=DATA / "mt-metrics-paraphrase-corpus")
    parser.add_argument("--write", action="store_true", help="write compare/paraphrase_model.json")
    args = parser.parse_args()
    corpora = {
        "msrp": feature_matrix(read_msrp(args.msrp)),
        "pan": feature_matrix(read_pan(args.pan)),
    }
    halves = {name: np.arange(len(y)) % 2 == 0 for name, (_, y) in corpora.items()}
    x = np.vstack([corpora[n][0][halves[n]] for n in corpora])
    y = np.concatenate([corpora[n][1][halves[n]] for n in corpora])
    weight = np.concatenate(
        [np.full(halves[n].sum(), len(y) / 2 / halves[n].sum()) for n in corpora]
    )
    beta = fit(x, y, weight)

    def f1(name: str, fitting: bool, cutoff: float) -> float:
        rows = halves[name] if fitting else ~halves[name]
        features_, labels = corpora[name][0][rows], corpora[name][1][rows]
        return scores(list(probability(features_, beta) >= cutoff), list(labels == 1)).f1

    cutoff = max(np.arange(0.2, 0.8, 0.01), key=lambda c: sum(f1(n, True, c) for n in corpora))
    print(
        tabulate(
            [[n, f"{f1(n, True, cutoff):.3f}", f"{f1(n, False, cutoff):.3f}"] for n in corpora],
            headers=["corpus", "F1 fitting half", "F1 checking half"],
        )
    )
    print(f"\ncutoff: paraphrase_cutoff = {100 * cutoff:.0f}")
    model = {
        "fitted_on": "even-numbered pairs of the MSRP and PAN development parts, equal weight",
        "weights": {name: round(float(w), 4) for name, w in zip(FEATURES, beta[:-1], strict=True)},
        "intercept": round(float(beta[-1]), 4),
    }
    print(json.dumps(model, indent=1))
    if args.write:
        MODEL.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
